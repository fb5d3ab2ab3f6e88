package brief.hwp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared folder of real HWP and HWPX files; tests that need it are skipped, saying so, without it. */
final class SharedHwp {

    static final Path DIR = Path.of("../shared/hwp");

    private SharedHwp() {
    }

    static Path file(String name) {
        assumeTrue(Files.isDirectory(DIR), "../shared/hwp (the shared HWP/HWPX files) is absent");
        return DIR.resolve(name);
    }
}
