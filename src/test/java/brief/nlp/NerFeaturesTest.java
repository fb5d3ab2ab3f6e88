package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.text.CleanText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The features of one index are made once per sentence and reused, never across a change of the adaptive data. */
class NerFeaturesTest {

    private static final String SENTENCE = "삼성전자는 TSMC와 함께 일본 구마모토에 공장을 짓는다.";

    private static String[] encoded() {
        CleanText clean = CleanText.ofSinglePage(SENTENCE);
        List<Token> tokens = TextAnalyzer.tokens(clean.text());
        return NerFeatures.encode(tokens, List.of());
    }

    private static List<String> features(NerFeatures generator, String[] tokens, int index, String[] previous) {
        List<String> out = new ArrayList<>();
        generator.createFeatures(out, tokens, index, previous);
        return out;
    }

    @Test
    void everyCandidateOfAnIndexGetsWhatAFreshGeneratorGives() {
        String[] tokens = encoded();
        NerFeatures reused = new NerFeatures();
        String[] other = new String[tokens.length];
        java.util.Arrays.fill(other, "other");
        String[] firm = other.clone();
        firm[0] = "firm-start";
        for (int i = 0; i < tokens.length; i++) {
            List<String> fresh = features(new NerFeatures(), tokens, i, other);
            assertEquals(fresh, features(reused, tokens, i, other), "index " + i);
            assertEquals(fresh, features(reused, tokens, i, firm), "index " + i + ", another candidate");
        }
    }

    @Test
    void whatTheSentenceTaughtShowsInTheNextAskOfTheSameTokens() {
        String[] tokens = encoded();
        NerFeatures generator = new NerFeatures();
        String[] outcomes = new String[tokens.length];
        java.util.Arrays.fill(outcomes, "other");
        outcomes[0] = "firm-start";
        List<String> before = features(generator, tokens, 0, outcomes);
        generator.updateAdaptiveData(tokens, outcomes);
        List<String> after = features(generator, tokens, 0, outcomes);
        assertNotEquals(before, after);
        assertTrue(after.stream().anyMatch(f -> f.contains("firm-start")), after.toString());
        generator.clearAdaptiveData();
        assertEquals(before, features(generator, tokens, 0, outcomes));
    }
}
