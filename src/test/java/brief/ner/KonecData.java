package brief.ner;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The konec data for tests: read once. It is the project's shared data, not in the repository; where it
 * is missing (a fresh clone without {@code ../shared}) the tests that need it are skipped, and the skip
 * reason says what is missing and where it comes from. CI has it, so there they run.
 */
final class KonecData {

    /** The reason a test needing konec is skipped: what is missing, and how to get it. */
    static final String MISSING = "konec data missing: " + KonecCorpus.DEFAULT_TSV + " (the project's shared data, "
            + "CC BY-SA 4.0: put the shared/ folder beside the repository, from the project lead; CI has it)";

    private static List<KonecSentence> all;

    private KonecData() {
    }

    /** {@return every konec sentence; skips the calling test when the data is missing} */
    static synchronized List<KonecSentence> all() {
        Assumptions.assumeTrue(Files.isRegularFile(KonecCorpus.DEFAULT_TSV), MISSING);
        if (all == null) {
            all = KonecCorpus.read(KonecCorpus.DEFAULT_TSV);
        }
        return all;
    }
}
