package brief.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Ingester;
import brief.Pipeline;
import brief.facts.FactFiles;
import brief.facts.Firm;
import brief.facts.Mention;
import brief.index.BriefIndex;
import brief.index.Filters;
import brief.index.Hit;
import brief.index.SearchResult;
import brief.index.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API as a program outside the project uses it (this package is not brief's, so only public
 * entry points are reachable): the README's example, step by step, on a bundled brief.
 */
class JavaApiTest {

    @TempDir
    Path tmp;

    @Test
    void theReadmeExampleRuns() {
        Path pdf = Path.of("corpus/fki-global-brief-16.pdf");

        // one document: clean text and facts, nothing written
        Pipeline pipeline = new Pipeline();
        Pipeline.Result result = pipeline.process(pdf, pdf.toString(), Optional.empty());
        Firm foxconn = result.facts().firms().stream().filter(f -> f.name().equals("Foxconn")).findFirst().orElseThrow();
        Mention first = foxconn.mentions().getFirst();
        assertEquals(first.text(), result.text().text().substring(first.start(), first.end()));
        assertEquals(Optional.of("2025-05-15"), result.facts().document().published());

        // many documents into an index and fact files
        BriefIndex index = new BriefIndex(tmp.resolve("index"));
        Ingester ingester = new Ingester(pipeline, index, new FactFiles(tmp.resolve("facts")), Optional.empty(), false);
        List<Ingester.Outcome> outcomes = ingester.ingest(List.of(pdf), outcome -> { });
        assertTrue(outcomes.getFirst() instanceof Ingester.Outcome.Ingested, outcomes.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("facts/fki-global-brief-16.json")));

        // search: plain text, filters from the facts, facets
        try (Searcher searcher = new Searcher(index)) {
            SearchResult hits = searcher.search("TSMC-소니", 5);
            assertTrue(hits.total() > 0, hits.toString());
            Hit top = hits.hits().getFirst();
            assertEquals("fki-global-brief-16", top.id());
            assertTrue(top.snippet().contains("<b>"), top.snippet());
            assertTrue(hits.facets().get("firm").containsKey("TSMC"), hits.facets().toString());
            SearchResult in2025 = searcher.search("폭스콘", 5, Filters.NONE.withYears("2025"));
            assertTrue(in2025.total() > 0 && in2025.total() < searcher.search("폭스콘", 5).total(), in2025.toString());
        }
    }
}
