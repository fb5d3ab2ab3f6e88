package brief.hwp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.eval.WordFileFidelity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hand-typed reference in corpus/hwp is matched at word F1 0.98 or better (issue 15's bar). */
class WordFileFidelityTest {

    @Test
    void everyReferenceReachesTheBar() {
        SharedHwp.file("README.md");
        List<WordFileFidelity.Row> rows = new WordFileFidelity().measure(SharedHwp.DIR, Path.of("corpus/hwp"));
        assertTrue(rows.size() >= 8, "references: " + rows.size());
        for (WordFileFidelity.Row r : rows) {
            assertTrue(r.ours().f1() >= 0.98, r.file() + ": " + r.ours() + "\n" + String.join("\n", WordFileFidelity.table(rows)));
        }
    }
}
