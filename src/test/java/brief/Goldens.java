package brief;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reviewed golden texts of the tests: {@code -Dbrief.golden.update=true} rewrites a golden from what the
 * code gives now (review the diff before committing it); otherwise the text must equal it.
 */
public final class Goldens {

    private Goldens() {
    }

    /** Fails, showing both, when {@code text} (the clean text of {@code source}) is not {@code golden}'s. */
    public static void assertMatches(Path golden, Object source, String text) throws IOException {
        if (Boolean.getBoolean("brief.golden.update")) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, text);
        }
        String expected = Files.readString(golden);
        if (!expected.equals(text)) {
            fail("clean text of " + source + " differs from " + golden + ":\n--- expected\n" + expected
                    + "\n--- actual\n" + text);
        }
    }
}
