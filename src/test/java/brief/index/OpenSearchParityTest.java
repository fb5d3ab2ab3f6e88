package brief.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Ingester;
import brief.Pipeline;
import brief.eval.Judgments;
import brief.eval.SearchEval;
import brief.facts.FactFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus in both engines, side by side: the OpenSearch index analyses every passage into
 * the local index's tokens, and the judged queries of {@code search-eval} find the same first passage
 * (at least 95% of them) with an MRR within 0.02 of the local engine's; filters and facets agree; the
 * web page ({@code serve --engine opensearch}) answers from the cluster alone.
 */
class OpenSearchParityTest {

    @TempDir
    static Path dir;
    static List<Passage> passages;
    static List<Judgments.Query> queries;
    static String url;
    static final List<String> indices = new ArrayList<>();

    @BeforeAll
    static void ingestCorpus() {
        url = OpenSearchNode.url();
        BriefIndex index = new BriefIndex(dir.resolve("index"));
        new Ingester(new Pipeline(), index, new FactFiles(dir.resolve("extracted")), Optional.empty(), false)
                .ingest(Ingester.pdfs(List.of(Path.of("corpus"))), o -> { });
        passages = index.passages();
        queries = Judgments.read(Path.of("src/test/resources/search/queries.tsv"));
    }

    @AfterAll
    static void dropIndices() {
        if (url == null) {
            return;
        }
        for (String name : indices) {
            try (OpenSearchCluster c = cluster(name)) {
                new OpenSearchIndex(c).drop();
            }
        }
    }

    static OpenSearchCluster cluster(String name) {
        return OpenSearchCluster.connect(url, name, Map.of());
    }

    /** Writes {@code some} into a fresh index {@code name} on the cluster. */
    static void load(String name, List<Passage> some) {
        indices.add(name);
        try (OpenSearchCluster c = cluster(name)) {
            OpenSearchIndex os = new OpenSearchIndex(c);
            os.drop();
            os.ensure();
            Map<String, List<Passage>> byDoc = new LinkedHashMap<>();
            some.forEach(p -> byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p));
            byDoc.forEach(os::replace);
            os.flush();
        }
    }

    @Test
    void theClusterAnalysesEveryPassageIntoTheLocalTokens() {
        load("brief-test-analysis", List.of());
        try (OpenSearchCluster c = cluster("brief-test-analysis")) {
            Analyzer local = Analysis.shipped().index();
            int compared = 0;
            for (Passage p : passages.subList(0, Math.min(40, passages.size()))) {
                var body = OpenSearchSettings.JSON.createObjectNode().put("analyzer", "brief_ko_index")
                        .put("text", p.text());
                JsonNode tokens = c.send("POST", "/brief-test-analysis/_analyze", Optional.of(body.toString()))
                        .path("tokens");
                List<String> remote = new ArrayList<>();
                for (JsonNode t : tokens) {
                    remote.add(t.path("token").asText() + "@" + t.path("position").asInt());
                }
                assertEquals(tokens(local, p.text()), remote, "tokens of passage " + p.docId() + "#" + p.ordinal());
                compared++;
            }
            assertTrue(compared >= 20, "compared " + compared);
        }
    }

    @Test
    void theJudgedQueriesRankAlikeOnBothEngines() {
        Map<String, List<Passage>> byDoc = new LinkedHashMap<>();
        passages.forEach(p -> byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p));
        int same = 0;
        int total = 0;
        double localMrr = 0;
        double remoteMrr = 0;
        List<String> differ = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Passage>> doc : byDoc.entrySet()) {
            String name = "brief-test-parity-" + n++;
            BriefIndex local = new BriefIndex(dir.resolve("parity").resolve(doc.getKey()));
            local.replace(doc.getKey(), doc.getValue());
            load(name, doc.getValue());
            try (Searcher l = new Searcher(local); OpenSearchSearcher r = new OpenSearchSearcher(cluster(name))) {
                for (Judgments.Query q : queries) {
                    List<Hit> a = l.search(q.text(), 10).hits();
                    List<Hit> b = r.search(q.text(), 10).hits();
                    total++;
                    if (!a.isEmpty() && !b.isEmpty() && a.get(0).passage() == b.get(0).passage()) {
                        same++;
                    } else {
                        differ.add(q.text() + " in " + doc.getKey());
                    }
                }
                localMrr += SearchEval.score("local", l, doc.getValue(), queries, false).mrr();
                remoteMrr += SearchEval.score("opensearch", r, doc.getValue(), queries, false).mrr();
            }
        }
        localMrr /= byDoc.size();
        remoteMrr /= byDoc.size();
        System.out.printf("opensearch parity: same first passage %d/%d; MRR local %.3f, OpenSearch %.3f%n", same, total,
                localMrr, remoteMrr);
        assertTrue(same >= 0.95 * total, "same first passage on " + same + " of " + total + "; differ: " + differ);
        assertTrue(Math.abs(localMrr - remoteMrr) <= 0.02, "MRR local " + localMrr + ", OpenSearch " + remoteMrr);
    }

    @Test
    void filtersAndFacetsAgree() {
        load("brief-test-filters", passages);
        try (Searcher l = new Searcher(new BriefIndex(dir.resolve("index")));
             OpenSearchSearcher r = new OpenSearchSearcher(cluster("brief-test-filters"))) {
            Filters none = Filters.NONE;
            Filters firm = new Filters(Optional.of("폭스콘"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), OptionalLong.empty());
            Filters years = Filters.NONE.withYears("2024..2025");
            Filters country = new Filters(Optional.empty(), Optional.of("JP"), Optional.empty(), Optional.empty(),
                    Optional.empty(), OptionalLong.empty());
            Filters yen = new Filters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), OptionalLong.of(100_000_000_000L));
            Filters nm = new Filters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(new java.math.BigDecimal("3")), OptionalLong.empty());
            for (Filters f : List.of(none, firm, years, country, yen, nm)) {
                for (String q : List.of("반도체", "전기차 협력", "TSMC", "보조금")) {
                    SearchResult a = l.search(q, 100, f);
                    SearchResult b = r.search(q, 100, f);
                    assertEquals(a.total(), b.total(), q + " with " + f);
                    assertEquals(a.facets(), b.facets(), q + " with " + f);
                    assertEquals(a.hits().stream().map(h -> h.id() + "#" + h.passage()).sorted().toList(),
                            b.hits().stream().map(h -> h.id() + "#" + h.passage()).sorted().toList(), q + " with " + f);
                }
            }
        }
    }

    /**
     * {@code brief serve --engine opensearch}: the page's results, a document's page and its text come
     * from the cluster (the local index is not there), the same hits as the local engine's.
     */
    @Test
    void theWebPageServesFromTheCluster() throws Exception {
        load("brief-test-web", passages);
        try (OpenSearchSearcher r = new OpenSearchSearcher(cluster("brief-test-web"));
             Searcher l = new Searcher(new BriefIndex(dir.resolve("index")));
             brief.web.WebServer web = brief.web.WebServer.start(0, r, dir.resolve("extracted"))) {
            String base = "http://127.0.0.1:" + web.port();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, String> get = path -> {
                try {
                    java.net.http.HttpResponse<String> res = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(base + path)).timeout(java.time.Duration.ofSeconds(60)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, res.statusCode(), path);
                    return res.body();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            };
            String q = java.net.URLEncoder.encode("폭스콘", java.nio.charset.StandardCharsets.UTF_8);
            String results = get.apply("/?q=" + q);
            Hit first = l.search("폭스콘", 10).hits().get(0);
            assertTrue(results.contains("/page?id=" + first.id() + "&amp;n=" + first.page())
                    || results.contains("/page?id=" + first.id() + "&n=" + first.page()), results);
            assertTrue(results.contains("<mark>폭스콘</mark>") || results.contains("<b>폭스콘</b>"), results);
            String page = get.apply("/page?id=" + first.id() + "&n=" + first.page() + "&q=" + q);
            assertTrue(page.contains("폭스콘"), page);
            assertTrue(get.apply("/").contains(first.id()));
        }
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(BriefIndex.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
