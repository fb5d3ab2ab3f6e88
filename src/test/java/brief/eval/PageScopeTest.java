package brief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.facts.FactsJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A gold of some pages is scored against the facts found on those pages only. */
class PageScopeTest {

    private static JsonNode json(String s) throws Exception {
        return FactsJson.mapper().readTree(s.replace('\'', '"'));
    }

    @Test
    void scoresOnlyTheCoveredPagesAndTheNamesInTheTextLayer() throws Exception {
        JsonNode predicted = json("{'firms': ["
                + "{'name': 'Acme', 'aliases': [], 'mentions': [{'text': 'Acme', 'page': 1}, {'text': 'Acme', 'page': 3}]},"
                + "{'name': 'Beta', 'aliases': [], 'mentions': [{'text': 'Beta', 'page': 3}]}],"
                + "'organizations': [], 'dates': [{'value': '2024', 'mentions': [{'page': 1}]}]}");
        JsonNode gold = json("{'pages': [1, 2], 'firms': [{'name': 'Acme', 'aliases': []},"
                + " {'name': 'Logo Only', 'aliases': [], 'in_text_layer': false}], 'organizations': []}");
        List<ListScore> scores = new Scorer().score(PageScope.narrow(predicted, gold), PageScope.scoredGold(gold));
        ListScore firms = scores.get(0);
        assertEquals(List.of(1, 1, 1, 1), List.of(firms.predicted(), firms.gold(), (int) Math.round(firms.precision()),
                (int) Math.round(firms.recall())));
        assertEquals(List.of(true, true, false), List.of(PageScope.scores(gold, "firms"),
                PageScope.scores(gold, "organizations"), PageScope.scores(gold, "dates")));
    }

    @Test
    void aGoldOfTheWholeDocumentChangesNothing() throws Exception {
        JsonNode predicted = json("{'firms': [{'name': 'Beta', 'aliases': [], 'mentions': [{'text': 'Beta', 'page': 3}]}]}");
        JsonNode gold = json("{'firms': []}");
        assertEquals(predicted, PageScope.narrow(predicted, gold));
        assertEquals(true, PageScope.scores(gold, "dates"));
    }
}
