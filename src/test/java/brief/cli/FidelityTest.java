package brief.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Ingester;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every corpus PDF against its hand-restored reference, beside the tools an analyst would otherwise
 * use. Needs poppler's pdftotext (.ci/run installs it); without it this fails rather than skips.
 */
class FidelityTest {

    @Test
    void ourCleanTextBeatsPdftotextAndPlainPdfBoxOnEveryCorpusPdf() throws Exception {
        List<Path> pdfs = Ingester.pdfs(List.of(Path.of("corpus")));
        assertFalse(pdfs.isEmpty());
        for (FidelityCommand.Row r : FidelityCommand.measure(pdfs, Path.of("corpus/src"))) {
            String name = r.pdf().getFileName().toString();
            assertTrue(r.pdftotext().isPresent(), "pdftotext is not installed (apt-get install poppler-utils)");
            assertTrue(r.ours().f1() >= 0.99, name + ": word F1 " + r.ours().f1());
            assertTrue(r.ours().f1() > r.pdftotext().get().f1(), name + ": not better than pdftotext " + r.pdftotext().get().f1());
            assertTrue(r.ours().f1() > r.pdfbox().f1(), name + ": not better than PDFBox " + r.pdfbox().f1());
        }
    }
}
