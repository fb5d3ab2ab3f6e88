package brief.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Ingester;
import brief.Pipeline;
import brief.eval.ListScore;
import brief.eval.Scorer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled corpus end to end: committed fact files are current, and every PDF scores as promised. */
class CorpusFactsTest {

    private static final Pipeline PIPELINE = new Pipeline();
    private static final Map<Path, Pipeline.Result> RESULTS = new ConcurrentHashMap<>();

    static List<Path> pdfs() {
        return Ingester.pdfs(List.of(Path.of("corpus")));
    }

    private static Pipeline.Result result(Path pdf) {
        return RESULTS.computeIfAbsent(pdf, p -> PIPELINE.process(p, p.toString(), Optional.empty()));
    }

    @Test
    void theCorpusHasPdfsAndEachHasGold() {
        assertFalse(pdfs().isEmpty());
        for (Path pdf : pdfs()) {
            assertTrue(Files.exists(Path.of("corpus", Pipeline.idOf(pdf) + ".gold.json")), "no gold for " + pdf);
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void committedFactFilesAreNotStale(Path pdf) throws Exception {
        Pipeline.Result result = result(pdf);
        String id = result.facts().document().id();
        assertEquals(Files.readString(Path.of("extracted", id + ".txt")), result.text().text(),
                "extracted/" + id + ".txt is stale: run ./brief ingest --force and commit");
        assertEquals(Files.readString(Path.of("extracted", id + ".json")), FactsJson.write(result.facts()),
                "extracted/" + id + ".json is stale: run ./brief ingest --force and commit");
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void everyMentionPointsAtItsTextAndPage(Path pdf) {
        Pipeline.Result result = result(pdf);
        String text = result.text().text();
        Facts f = result.facts();
        List<List<Mention>> all = new ArrayList<>();
        f.firms().forEach(x -> all.add(x.mentions()));
        f.organizations().forEach(x -> all.add(x.mentions()));
        f.dates().forEach(x -> all.add(x.mentions()));
        f.amounts().forEach(x -> all.add(x.mentions()));
        f.nodes().forEach(x -> all.add(x.mentions()));
        for (List<Mention> ms : all) {
            assertFalse(ms.isEmpty());
            for (Mention m : ms) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
                assertEquals(result.text().pageAt(m.start()), m.page());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void scoresAgainstTheHandMadeGold(Path pdf) throws Exception {
        Pipeline.Result result = result(pdf);
        JsonNode predicted = FactsJson.mapper().readTree(FactsJson.write(result.facts()));
        JsonNode gold = FactsJson.read(Path.of("corpus", Pipeline.idOf(pdf) + ".gold.json"));
        Map<String, ListScore> s = new Scorer().score(predicted, gold).stream()
                .collect(Collectors.toMap(ListScore::list, x -> x));
        assertEquals(1.0, s.get("amounts").f1(), 1e-9, () -> s.get("amounts").toString());
        assertEquals(1.0, s.get("nodes").f1(), 1e-9, () -> s.get("nodes").toString());
        assertEquals(1.0, s.get("dates").f1(), 1e-9, () -> s.get("dates").toString());
        assertTrue(s.get("firms").f1() >= 0.95, () -> s.get("firms").toString());
        assertTrue(s.get("organizations").f1() >= 0.95, () -> s.get("organizations").toString());
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void publicationDateComesFromThePdfMetadata(Path pdf) {
        Pipeline.Result result = result(pdf);
        assertEquals(Optional.of("2025-05-15"), result.facts().document().published());
        assertEquals("ko", result.facts().document().language());
    }
}
