package brief.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Pipeline;
import brief.eval.ListScore;
import brief.eval.Scorer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled corpus end to end: committed fact files are current, and they score as promised. */
class CorpusFactsTest {

    static final Path PDF = Path.of("corpus/fki-global-brief-16.pdf");
    static Pipeline.Result result;

    @BeforeAll
    static void process() {
        result = new Pipeline().process(PDF, "corpus/fki-global-brief-16.pdf", Optional.empty());
    }

    @Test
    void committedFactFilesAreNotStale() throws Exception {
        String json = Files.readString(Path.of("extracted/fki-global-brief-16.json"));
        String txt = Files.readString(Path.of("extracted/fki-global-brief-16.txt"));
        assertEquals(txt, result.text().text(), "extracted/*.txt is stale: run ./brief ingest and commit");
        assertEquals(json, FactsJson.write(result.facts()), "extracted/*.json is stale: run ./brief ingest and commit");
    }

    @Test
    void everyMentionPointsAtItsTextAndPage() {
        String text = result.text().text();
        Facts f = result.facts();
        List<List<Mention>> all = new java.util.ArrayList<>();
        f.firms().forEach(x -> all.add(x.mentions()));
        f.organizations().forEach(x -> all.add(x.mentions()));
        f.dates().forEach(x -> all.add(x.mentions()));
        f.amounts().forEach(x -> all.add(x.mentions()));
        f.nodes().forEach(x -> all.add(x.mentions()));
        for (List<Mention> ms : all) {
            assertTrue(!ms.isEmpty());
            for (Mention m : ms) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
                assertEquals(result.text().pageAt(m.start()), m.page());
            }
        }
    }

    @Test
    void scoresAgainstTheHandMadeGold() throws Exception {
        JsonNode predicted = FactsJson.mapper().readTree(FactsJson.write(result.facts()));
        JsonNode gold = FactsJson.read(Path.of("corpus/fki-global-brief-16.gold.json"));
        Map<String, ListScore> s = new Scorer().score(predicted, gold).stream()
                .collect(Collectors.toMap(ListScore::list, x -> x));
        assertEquals(1.0, s.get("amounts").f1(), 1e-9, () -> s.get("amounts").toString());
        assertEquals(1.0, s.get("nodes").f1(), 1e-9, () -> s.get("nodes").toString());
        assertEquals(1.0, s.get("dates").f1(), 1e-9, () -> s.get("dates").toString());
        assertTrue(s.get("firms").f1() >= 0.95, () -> s.get("firms").toString());
        assertTrue(s.get("organizations").f1() >= 0.95, () -> s.get("organizations").toString());
    }

    @Test
    void publicationDateComesFromThePdfMetadata() {
        assertEquals(Optional.of("2025-05-15"), result.facts().document().published());
        assertEquals("ko", result.facts().document().language());
        assertEquals(3, result.facts().document().pages());
    }
}
