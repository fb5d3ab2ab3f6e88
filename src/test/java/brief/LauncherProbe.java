package brief;

import java.nio.file.Path;

/** Stands in for brief's jar in {@link LauncherTest}: prints where it runs, its home and its arguments as absolute paths. */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        System.out.println("cwd=" + Path.of("").toAbsolutePath());
        System.out.println("home=" + System.getProperty("brief.home"));
        for (String a : args) {
            System.out.println("arg=" + Path.of(a).toAbsolutePath());
        }
    }
}
