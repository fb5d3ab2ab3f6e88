package brief.hwp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Ingester;
import brief.Pipeline;
import brief.facts.FactFiles;
import brief.index.BriefIndex;
import brief.index.SearchResult;
import brief.index.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole shared folder through ingest: every file but the distribution one is ingested, that one
 * fails with its own reason and the batch goes on; the text is searchable and its facts point into it.
 * A file is read by its content: an HWP named {@code .pdf} is still read as HWP.
 */
class WordFileIngestTest {

    @Test
    void everySharedFileButTheDistributionOneIngests(@TempDir Path dir) throws Exception {
        SharedHwp.file("README.md");
        List<Path> files = Ingester.pdfs(List.of(SharedHwp.DIR));
        assertEquals(28, files.size(), files.toString()); // the README is not a document
        BriefIndex index = new BriefIndex(dir.resolve("index"));
        {
            List<Ingester.Outcome> outcomes = new Ingester(new Pipeline(), index,
                    new FactFiles(dir.resolve("out")), Optional.empty(), false).ingest(files, o -> { });
            List<Ingester.Outcome> failed = outcomes.stream().filter(o -> o instanceof Ingester.Outcome.Failed).toList();
            assertEquals(1, failed.size(), failed.toString());
            Ingester.Outcome.Failed f = (Ingester.Outcome.Failed) failed.get(0);
            assertTrue(f.file().endsWith("hwplib-distribution.hwp"));
            assertTrue(f.reason().startsWith("saved for distribution (배포용)"), f.reason());
            try (Searcher searcher = new Searcher(index)) {
                SearchResult r = searcher.search("징수유예 가산금", 3);
                assertEquals("nts-010000000000000627", r.hits().get(0).id(), r.toString());
            }
        }
    }

    @Test
    void factsFromAnHwpPointIntoItsCleanTextEvenUnderAPdfName(@TempDir Path dir) throws Exception {
        Path renamed = dir.resolve("ruling.pdf");
        Files.copy(SharedHwp.file("nts-010000000000000627.hwp"), renamed);
        Pipeline.Result r = new Pipeline().process(renamed, "ruling.pdf", Optional.empty());
        var date = r.facts().dates().stream().filter(d -> d.value().equals("1999-06-08")).findFirst().orElseThrow();
        var m = date.mentions().get(0);
        assertEquals(m.text(), r.text().text().substring(m.start(), m.end()));
        assertEquals(1, m.page());
    }
}
