package brief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Ingester;
import brief.Pipeline;
import brief.facts.FactFiles;
import brief.index.Analysis;
import brief.index.BriefIndex;
import brief.index.Hit;
import brief.index.Passage;
import brief.index.Searcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality gate of search on the judged query set: every query finds a relevant passage in the top
 * 3, and the shipped analysis beats StandardAnalyzer and CJKAnalyzer on MRR and nDCG@10. Not a timing.
 */
class SearchQualityTest {

    @TempDir
    static Path dir;
    static List<Passage> passages;
    static List<Judgments.Query> queries;

    @BeforeAll
    static void ingestCorpus() {
        BriefIndex index = new BriefIndex(dir.resolve("index"));
        new Ingester(new Pipeline(), index, new FactFiles(dir.resolve("extracted")), Optional.empty(), false)
                .ingest(Ingester.pdfs(List.of(Path.of("corpus"))), o -> { });
        passages = index.passages();
        queries = Judgments.read(Path.of("src/test/resources/search/queries.tsv"));
    }

    @Test
    void theQuerySetIsLargeAndEveryQueryHasARelevantPassage() {
        assertTrue(queries.size() >= 40, "queries: " + queries.size());
        for (Judgments.Query q : queries) {
            assertTrue(passages.stream().anyMatch(p -> q.relevant(p.text()) && q.pages().contains(p.page())),
                    "no passage on pages " + q.pages() + " holds the evidence of '" + q.text() + "'");
        }
    }

    @Test
    void shippedFindsEveryQueryInTheTopThreeAndBeatsBothBaselines() {
        SearchEval.Scores shipped = SearchEval.runPerDocument(Analysis.shipped(), passages, queries, dir.resolve("eval"));
        SearchEval.Scores standard = SearchEval.runPerDocument(Analysis.standard(), passages, queries, dir.resolve("eval"));
        SearchEval.Scores cjk = SearchEval.runPerDocument(Analysis.cjk(), passages, queries, dir.resolve("eval"));
        assertEquals(List.of(), shipped.missedTop3());
        for (SearchEval.Scores base : List.of(standard, cjk)) {
            assertTrue(shipped.mrr() > base.mrr(), shipped + " vs " + base);
            assertTrue(shipped.ndcg10() > base.ndcg10(), shipped + " vs " + base);
        }
    }

    @Test
    void snippetsAreWholeWordsOfThePassage() {
        try (Searcher searcher = new Searcher(new BriefIndex(dir.resolve("index")))) {
            for (Judgments.Query q : queries) {
                for (Hit h : searcher.search(q.text(), 10).hits()) {
                    String text = passages.stream().filter(p -> p.docId().equals(h.id()) && p.ordinal() == h.passage())
                            .findFirst().orElseThrow().text().replaceAll("\\s+", " ");
                    for (String piece : h.snippet().replace("<b>", "").replace("</b>", "").split(" … ")) {
                        String s = piece.replace(" …", "").strip();
                        int at = text.indexOf(s);
                        assertTrue(at >= 0, "snippet piece not in passage: " + s);
                        int end = at + s.length();
                        assertTrue(at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)), "cut before: " + s);
                        assertTrue(end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                                || !Character.isLetterOrDigit(text.charAt(end - 1)), "cut after: " + s);
                    }
                }
            }
        }
    }
}
