package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.facts.FactFiles;
import brief.index.BriefIndex;
import brief.index.Hit;
import brief.index.SearchResult;
import brief.index.Searcher;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English brief and (when the system has a Japanese font) a Japanese one, written as PDFs, ingested
 * with the Korean corpus into one index: each is found in its own language, the Korean brief still
 * first for Korean queries, and the facts say which extractors were skipped.
 */
class LanguageIngestTest {

    @TempDir
    static Path dir;
    static BriefIndex index;
    static Searcher searcher;
    static List<Ingester.Outcome> outcomes;
    static boolean japanese;

    @BeforeAll
    static void ingest() throws Exception {
        Path pdfs = Files.createDirectories(dir.resolve("pdfs"));
        List<Path> files = new ArrayList<>(Ingester.pdfs(List.of(Path.of("corpus"))));
        files.add(BriefPdfs.english(pdfs.resolve("chips-act-en.pdf")));
        Optional<Path> ja = BriefPdfs.japanese(pdfs.resolve("kumamoto-ja.pdf"));
        ja.ifPresent(files::add);
        japanese = ja.isPresent();
        index = new BriefIndex(dir.resolve("index"));
        outcomes = new Ingester(new Pipeline(), index, new FactFiles(dir.resolve("extracted")), Optional.empty(), false)
                .ingest(files, o -> { });
        searcher = new Searcher(index);
    }

    @AfterAll
    static void close() {
        searcher.close();
    }

    private static JsonNode facts(String id) {
        return new FactFiles(dir.resolve("extracted")).readAll().stream()
                .filter(f -> f.path("document").path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> firms(JsonNode facts) {
        return StreamSupport.stream(facts.path("firms").spliterator(), false).map(f -> f.path("name").asText()).toList();
    }

    private static Hit top(String query) {
        SearchResult r = searcher.search(query, 10);
        assertTrue(r.total() > 0, "nothing found for '" + query + "'");
        return r.hits().get(0);
    }

    @Test
    void everyFileIsIngestedAndTheEnglishOneCarriesItsNote() {
        for (Ingester.Outcome o : outcomes) {
            assertTrue(o instanceof Ingester.Outcome.Ingested, o.toString());
        }
        Ingester.Outcome.Ingested en = outcomes.stream().map(Ingester.Outcome.Ingested.class::cast)
                .filter(i -> i.id().equals("chips-act-en")).findFirst().orElseThrow();
        assertEquals(1, en.notes().size());
        assertTrue(en.notes().get(0).startsWith("language 'en', not Korean"), en.notes().get(0));
        outcomes.stream().map(Ingester.Outcome.Ingested.class::cast).filter(i -> i.id().startsWith("fki"))
                .forEach(i -> assertEquals(List.of(), i.notes(), i.id()));
    }

    @Test
    void theEnglishBriefIsEnglishWithItsNoteAndItsFirms() {
        JsonNode f = facts("chips-act-en");
        assertEquals("en", f.path("document").path("language").asText());
        assertEquals("US CHIPS Act Awards to Foreign Chipmakers", f.path("document").path("title").asText());
        assertEquals(1, f.path("notes").size());
        assertTrue(f.path("notes").get(0).asText().startsWith("language 'en', not Korean"), f.path("notes").toString());
        assertTrue(firms(f).containsAll(List.of("TSMC", "Samsung Electronics")), firms(f).toString());
        assertEquals("[2]", f.path("nodes").findValuesAsText("nm").toString(), f.path("nodes").toString());
        // sums and dates in their English forms: $6.6 billion, up to $5 billion, November 2024
        List<String> amounts = StreamSupport.stream(f.path("amounts").spliterator(), false)
                .map(a -> a.path("currency").asText() + " " + a.path("value").asText()).toList();
        assertEquals(List.of("USD 6600000000", "USD 5000000000", "USD 4745000000", "USD 6400000000"), amounts);
        List<String> dates = StreamSupport.stream(f.path("dates").spliterator(), false)
                .map(d -> d.path("value").asText()).toList();
        assertEquals(List.of("2024-11", "2024-04"), dates);
    }

    @Test
    void anEnglishWordFindsTheEnglishPassageInEachOfItsForms() {
        for (String q : List.of("subsidies", "subsidy", "Subsidies", "subsidies semiconductor", "grant")) {
            Hit hit = top(q);
            assertEquals("chips-act-en", hit.id(), q);
            assertTrue(hit.snippet().matches("(?s).*<b>(subsid|grant|semiconductor)[a-z]*</b>.*"), q + ": " + hit.snippet());
        }
        Hit taylor = top("Samsung Taylor");
        assertEquals("chips-act-en", taylor.id());
        assertTrue(taylor.snippet().contains("<b>Taylor</b>"), taylor.snippet());
    }

    @Test
    void theFirmsAreFacetsAndFiltersOfTheEnglishPassages() {
        SearchResult r = searcher.search("grants", 10, new brief.index.Filters(Optional.of("삼성전자"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), java.util.OptionalLong.empty()));
        assertEquals(List.of("chips-act-en"), r.hits().stream().map(Hit::id).distinct().toList());
        assertTrue(r.facets().get("firm").containsKey("Samsung Electronics"), r.facets().toString());
    }

    @Test
    void koreanQueriesStillFindTheKoreanBriefFirst() {
        for (String q : List.of("반도체 보조금", "폭스콘 전기차", "일본 정부 보조금")) {
            assertTrue(top(q).id().startsWith("fki-global-brief-16"), q + ": " + top(q));
        }
    }

    @Test
    void aKoreanFirmNameAlsoFindsTheEnglishBrief() {
        List<String> ids = searcher.search("삼성전자", 20).hits().stream().map(Hit::id).toList();
        assertTrue(ids.contains("chips-act-en"), ids.toString());
    }

    @Test
    void theJapaneseBriefIsJapaneseAndFoundByJapaneseWords() {
        Assumptions.assumeTrue(japanese, "no font with kana (fonts-nanum) on this system");
        JsonNode f = facts("kumamoto-ja");
        assertEquals("ja", f.path("document").path("language").asText());
        assertTrue(f.path("notes").get(0).asText().startsWith("language 'ja', not Korean"), f.path("notes").toString());
        assertTrue(firms(f).containsAll(List.of("TSMC", "JASM")), firms(f).toString());
        for (String q : List.of("補助金", "熊本", "地下水", "技術者")) {
            Hit hit = top(q);
            assertEquals("kumamoto-ja", hit.id(), q);
            assertTrue(hit.snippet().contains("<b>"), q + ": " + hit.snippet());
        }
    }
}
