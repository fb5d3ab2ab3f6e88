package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.text.CleanText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

/** A window over tokens' features made once per sentence gives what OpenNLP's window over the generator gives. */
class PerTokenFeaturesTest {

    @Test
    void windowsOfABriefGetTheSameFeaturesInTheSameOrder() throws IOException {
        String text = Files.readString(Path.of("corpus/src/fki-global-brief-16.txt"), StandardCharsets.UTF_8);
        String[] tokens = TextAnalyzer.tokens(CleanText.ofSinglePage(text).text()).stream().map(Token::surface)
                .toArray(String[]::new);
        assertTrue(tokens.length > 500, tokens.length + " tokens");
        List<AdaptiveFeatureGenerator> inner = List.of(new TokenFeatureGenerator(true), new TokenClassFeatureGenerator(true));
        for (AdaptiveFeatureGenerator g : inner) {
            WindowFeatureGenerator plain = new WindowFeatureGenerator(g, 2, 2);
            WindowFeatureGenerator cached = new WindowFeatureGenerator(new PerTokenFeatures(g), 2, 2);
            String[] none = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                assertEquals(features(plain, tokens, i, none), features(cached, tokens, i, none), "token " + i);
            }
            // a new sentence (another array) is not answered from the last one's features
            String[] next = {"삼성전자", "는", "TSMC"};
            assertEquals(features(plain, next, 0, new String[3]), features(cached, next, 0, new String[3]));
        }
    }

    private static List<String> features(AdaptiveFeatureGenerator g, String[] tokens, int index, String[] previous) {
        List<String> out = new ArrayList<>();
        g.createFeatures(out, tokens, index, previous);
        return out;
    }
}
