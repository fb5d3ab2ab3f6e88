package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BriefPdfs;
import brief.Ingester;
import brief.eval.ReferencePassage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out set ({@code corpus/holdout}, its PDFs in {@code ../shared/holdout}) is scored by
 * {@code ./brief fidelity} like the wild set. It holds no floors: nobody tunes on it, it only measures.
 */
class HoldoutFidelityTest {

    private static final Path REFERENCES = Path.of("corpus/holdout");

    @TempDir
    Path tmp;

    @Test
    void aHoldoutFolderIsScoredByItsPassagesAndAReferenceWithoutItsPdfIsNamed() throws Exception {
        BriefPdfs.english(tmp.resolve("chips.pdf"));
        Files.writeString(tmp.resolve("chips.ref.txt"), String.join("\n",
                "# typed from the page", "## page 1 — body", BriefPdfs.ENGLISH.get(2)), StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("gone.ref.txt"), "## page 1 — body\nnever scored", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("fidelity", "--set", "holdout", "--holdout", tmp.toString(),
                "--holdout-references", tmp.toString(), "--tools", "brief");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("== holdout: " + tmp), lines.get(0));
        assertTrue(lines.get(0).contains("(1 PDFs, 1 passages;"), lines.get(0));
        String row = lines.stream().filter(l -> l.startsWith("chips.pdf")).findFirst().orElseThrow();
        assertEquals("1.000", row.trim().split("\\s+")[2], row);
        assertTrue(lines.contains("no PDF for gone.ref.txt in " + tmp + "; not scored"), r.out());
        assertFalse(r.out().contains("== wild"), r.out());
    }

    @Test
    void anAbsentHoldoutFolderIsALineNotAnError() throws Exception {
        Path absent = tmp.resolve("absent");
        CliTest.Run r = CliTest.run("fidelity", "--set", "holdout", "--holdout", absent.toString(), "--tools", "brief");
        assertEquals(0, r.code(), r.err());
        assertEquals("== holdout: " + absent + " is absent; nothing scored (give --holdout DIR)", r.out().strip());
    }

    @Test
    void everyHeldOutPdfIsReadWithEachOfItsPassages() {
        Path dir = FidelityCommand.DEFAULT_HOLDOUT;
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent: the held-out PDFs are not beside this"
                + " clone (they are kept out of the repository), so the held-out set is not read");
        List<Path> pdfs = Ingester.pdfs(List.of(dir));
        assertEquals(List.of(), WildFidelity.referencesWithoutPdf(REFERENCES, pdfs), "references whose PDF is not in " + dir);
        List<Path> scored = pdfs.stream().filter(p -> WildFidelity.referenceOf(p, REFERENCES).isPresent()).toList();
        assertFalse(scored.isEmpty(), "no PDF of " + dir + " has a reference in " + REFERENCES);
        for (WildFidelity.Row row : new WildFidelity().measure(scored, REFERENCES, List.of(new BriefPages()))) {
            WildFidelity.Cell brief = row.cells().get(0);
            assertTrue(brief.score().isPresent(), row.pdf() + ": " + brief.note());
            int typed = ReferencePassage.read(WildFidelity.referenceOf(row.pdf(), REFERENCES).orElseThrow()).size();
            assertTrue(typed >= 3, row.pdf() + ": " + typed + " passages, fewer than three");
            assertEquals(typed, row.passages(), row.pdf().toString());
        }
    }
}
