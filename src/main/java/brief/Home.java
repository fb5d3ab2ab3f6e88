package brief;

import java.nio.file.Path;

/**
 * Where brief's own folders lie ({@code corpus/}, {@code index/}, {@code extracted/}): the repository
 * the launcher runs from, passed as the system property {@code brief.home}. Paths a user types are
 * resolved against the caller's working directory as usual; only the defaults come from here, so
 * {@code brief search} finds the index {@code brief ingest} wrote, from any folder.
 */
public final class Home {

    private Home() {
    }

    /** {@return the repository folder: {@code brief.home}, else the working directory} */
    public static Path dir() {
        String home = System.getProperty("brief.home", "");
        return (home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    /**
     * {@return a default path {@code name} inside the repository, shown as short as it can be: relative
     * ({@code index}) when the working directory is the repository, else absolute}
     */
    public static Path path(String name) {
        Path home = dir();
        return home.equals(cwd()) ? Path.of(name) : home.resolve(name);
    }

    /**
     * {@return how a file is named in the facts ({@code document.source}): relative to the repository when
     * it lies inside it ({@code corpus/x.pdf}), else its absolute path} The same file gets the same name
     * from whichever folder it is ingested.
     */
    public static String source(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path home = dir();
        return (abs.startsWith(home) ? home.relativize(abs) : abs).toString();
    }

    /** {@return the file a {@link #source} names} */
    public static Path file(String source) {
        Path p = Path.of(source);
        return p.isAbsolute() ? p : dir().resolve(p);
    }

    private static Path cwd() {
        return Path.of("").toAbsolutePath().normalize();
    }
}
