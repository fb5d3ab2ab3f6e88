package brief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.facts.FactsJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static JsonNode json(String s) throws Exception {
        return FactsJson.mapper().readTree(s);
    }

    @Test
    void firmsMatchByAnyNameIgnoringCaseSpacesAndPunctuation() throws Exception {
        JsonNode gold = json("""
            {"firms": [{"name": "Foxconn", "aliases": ["폭스콘", "Hon Hai"]},
                       {"name": "Mitsubishi Motors", "aliases": ["미쓰비시자동차"]},
                       {"name": "ROHM", "aliases": []}]}""");
        JsonNode predicted = json("""
            {"firms": [{"name": "hon-hai", "aliases": [], "mentions": []},
                       {"name": "X", "aliases": [], "mentions": [{"text": "미쓰비시 자동차"}]},
                       {"name": "Sony", "aliases": [], "mentions": []},
                       {"name": "Hon Hai Precision", "aliases": ["Foxconn"], "mentions": []}]}""");
        ListScore s = new Scorer().score(predicted, gold).get(0);
        assertEquals(List.of(4, 3, 3, 2), List.of(s.predicted(), s.predictedMatched(), s.gold(), s.goldMatched()));
        assertEquals(List.of("ROHM"), s.missed());
        assertEquals(List.of("Sony"), s.extra());
        assertEquals(0.75, s.precision(), 1e-9);
    }

    @Test
    void datesNeedValueAndQualifierAmountsCurrencyAndValueNodesNm() throws Exception {
        JsonNode gold = json("""
            {"dates": [{"value": "2024", "qualifier": "end"}, {"value": "2025-04"}],
             "amounts": [{"currency": "JPY", "value": 1290000000000}],
             "nodes": [{"nm": 3}, {"nm": 1.4}]}""");
        JsonNode predicted = json("""
            {"dates": [{"value": "2024"}, {"value": "2025-04"}],
             "amounts": [{"currency": "JPY", "value": 1290000000000, "qualifier": "approx"}, {"currency": "KRW", "value": 5}],
             "nodes": [{"nm": 3.0}, {"nm": 1.40}]}""");
        List<ListScore> scores = new Scorer().score(predicted, gold);
        assertEquals(0.5, scores.get(2).f1(), 1e-9);
        assertEquals(List.of("2024/end"), scores.get(2).missed());
        assertEquals(1.0, scores.get(3).recall(), 1e-9);
        assertEquals(0.5, scores.get(3).precision(), 1e-9);
        assertEquals(1.0, scores.get(4).f1(), 1e-9);
    }
}
