package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code brief} launcher script, run as a user runs it: from another folder and through a symlink
 * on PATH. A copy of the script sits in a throw-away repository whose {@code target/brief.jar} is
 * {@link LauncherProbe} (no sources beside it, so nothing is rebuilt), which prints where it ran.
 */
class LauncherTest {

    @TempDir
    Path tmp;
    Path repo;
    Path elsewhere;

    @BeforeEach
    void fakeRepository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        elsewhere = Files.createDirectories(tmp.resolve("내 문서 폴더"));
        Path script = Files.copy(Path.of("brief"), repo.resolve("brief"));
        assertTrue(script.toFile().setExecutable(true));
        Files.createDirectories(repo.resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        try (OutputStream out = Files.newOutputStream(repo.resolve("target/brief.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest);
             InputStream probe = LauncherProbe.class.getResourceAsStream("LauncherProbe.class")) {
            jar.putNextEntry(new JarEntry("brief/LauncherProbe.class"));
            probe.transferTo(jar);
            jar.closeEntry();
        }
    }

    private List<String> run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not end: " + out);
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    @Test
    void fromAnotherFolderRelativePathsAreTheCallers() throws Exception {
        List<String> out = run(elsewhere, "../repo/brief", "mine.csv");
        assertTrue(out.contains("cwd=" + elsewhere.toRealPath()), out.toString());
        assertTrue(out.contains("arg=" + elsewhere.toRealPath().resolve("mine.csv")), out.toString());
        assertTrue(out.contains("home=" + repo.toRealPath()), out.toString());
    }

    @Test
    void throughASymlinkOnPathItFindsItsRepository() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("brief"), repo.resolve("brief"));
        List<String> out = run(elsewhere, bin.resolve("brief").toString(), "folder/x.pdf");
        assertTrue(out.contains("home=" + repo.toRealPath()), out.toString());
        assertTrue(out.contains("arg=" + elsewhere.toRealPath().resolve("folder/x.pdf")), out.toString());
    }
}
