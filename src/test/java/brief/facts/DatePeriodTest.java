package brief.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Pipeline;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facts keep facts.md's list of date qualifiers exactly: a decade and a fiscal year are kinds of
 * period, written as {@code period} beside the value, so a script that checks the qualifier against the
 * contract's list, or scores {@code FY2024} against a gold year 2024, reads them as the contract says.
 */
class DatePeriodTest {

    private static final Set<String> CONTRACT = Set.of("start", "mid", "end", "h1", "h2", "q1", "q2", "q3", "q4");

    @Test
    void decadesAndFiscalYearsAreAPeriodNotAQualifier() throws Exception {
        Facts facts = new Pipeline().processText("t", "-", "1970년대 산업화 이후 1970년 헌법이 바뀌었다.\n\n"
                + "FY2024 영업이익은 늘었고 2024년 말 공장이 완공된다.", Optional.of("2025-01")).facts();
        JsonNode json = FactsJson.mapper().readTree(FactsJson.write(facts));
        List<String> seen = new ArrayList<>();
        for (JsonNode d : json.path("dates")) {
            if (d.has("qualifier")) {
                assertTrue(CONTRACT.contains(d.get("qualifier").asText()), d.toString());
            }
            seen.add(d.path("value").asText() + "/" + d.path("qualifier").asText("") + "/" + d.path("period").asText(""));
        }
        assertEquals(List.of("1970//decade", "1970//", "2024//fiscal", "2024/end/"), seen);
        assertFalse(json.path("dates").get(1).has("period"), "a plain year has no period");
    }
}
