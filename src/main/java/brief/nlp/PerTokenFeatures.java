package brief.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A feature generator whose features of a token depend on the sentence's tokens alone, asked once per
 * token of a sentence: OpenNLP's {@code WindowFeatureGenerator} asks its generator about each token
 * once for every window it falls in (five, for a window of two either side), and each time the token
 * and token-class generators lower-case the token and classify its characters again. The features
 * are the inner generator's, the same strings in the same order; none may depend on the previous
 * outcomes, which are ignored after the first ask.
 */
final class PerTokenFeatures implements AdaptiveFeatureGenerator {

    private final AdaptiveFeatureGenerator inner;
    private String[] lastTokens;
    private String[][] made = new String[0][];

    PerTokenFeatures(AdaptiveFeatureGenerator inner) {
        this.inner = inner;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastTokens) {
            lastTokens = tokens;
            made = new String[tokens.length][];
        }
        String[] mine = made[index];
        if (mine == null) {
            List<String> fresh = new ArrayList<>();
            inner.createFeatures(fresh, tokens, index, previousOutcomes);
            mine = fresh.toArray(String[]::new);
            made[index] = mine;
        }
        features.addAll(Arrays.asList(mine));
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        inner.updateAdaptiveData(tokens, outcomes);
        forget();
    }

    @Override
    public void clearAdaptiveData() {
        inner.clearAdaptiveData();
        forget();
    }

    private void forget() {
        lastTokens = null;
        made = new String[0][];
    }
}
