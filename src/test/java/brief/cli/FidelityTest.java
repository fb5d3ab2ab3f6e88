package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BriefPdfs;
import brief.Ingester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus PDF against its hand-restored reference, beside the tools an analyst would otherwise
 * use, and the wild table's mechanics on a generated PDF. Needs poppler's pdftotext (.ci/run installs
 * it); without it the corpus test fails rather than skips.
 */
class FidelityTest {

    @TempDir
    Path tmp;

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

    @Test
    void aWildPdfIsScoredByItsPassagesAndAMissingPeerIsAColumnThatSaysSo() throws Exception {
        BriefPdfs.english(tmp.resolve("chips.pdf"));
        Files.writeString(tmp.resolve("chips.ref.txt"), String.join("\n",
                "# typed from the page", "## page 1 — body", BriefPdfs.ENGLISH.get(2),
                "## page 1 — title", BriefPdfs.ENGLISH.get(0)), StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("unreferenced.pdf"), "not scored, so never opened");
        CliTest.Run r = CliTest.run("fidelity", "--set", "wild", "--wild", tmp.toString(), "--wild-references",
                tmp.toString(), "--odl-jar", tmp.resolve("absent.jar").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("(1 PDFs, 2 passages;"), lines.get(0));
        String header = lines.stream().filter(l -> l.startsWith("PDF ")).findFirst().orElseThrow();
        assertEquals(List.of("PDF", "pages", "brief", "pdftotext", "pdftotext", "-raw", "pdftotext", "-layout",
                "PDFBox", "plain", "opendataloader"), Arrays.asList(header.trim().split("\\s+")));
        String row = lines.stream().filter(l -> l.startsWith("chips.pdf")).findFirst().orElseThrow();
        List<String> cells = Arrays.asList(row.trim().split("\\s+"));
        assertEquals("1", cells.get(1));
        // a one-column page in Helvetica: brief and every peer read both passages whole
        for (int t = 2; t <= 6; t++) {
            assertEquals("1.000", cells.get(t), header + "\n" + row);
        }
        assertEquals("missing", cells.get(7));
        assertTrue(r.out().contains("opendataloader: missing (no " + tmp.resolve("absent.jar")), r.out());
        assertTrue(r.out().contains("no reference for unreferenced.pdf in " + tmp + "; not scored"), r.out());
    }

    @Test
    void toolsCanBeChosenAndAnUnknownOneIsMisuse() throws Exception {
        BriefPdfs.english(tmp.resolve("chips.pdf"));
        Files.writeString(tmp.resolve("chips.ref.txt"), "## page 1 — title\n" + BriefPdfs.ENGLISH.get(0) + "\n");
        CliTest.Run r = CliTest.run("fidelity", "--set", "wild", "--wild", tmp.toString(), "--wild-references",
                tmp.toString(), "--tools", "pdfbox,brief");
        assertEquals(0, r.code(), r.err());
        String header = r.out().lines().filter(l -> l.startsWith("PDF ")).findFirst().orElseThrow();
        assertEquals(List.of("PDF", "pages", "brief", "PDFBox", "plain"), Arrays.asList(header.trim().split("\\s+")));
        assertEquals(2, CliTest.run("fidelity", "--tools", "acrobat").code());
    }

    @Test
    void aWildFolderGivenButAbsentIsBadInput() {
        CliTest.Run r = CliTest.run("fidelity", "--set", "wild", "--wild", tmp.resolve("nowhere").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("nowhere: no such folder"), r.err());
    }
}
