package brief.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * An OpenNLP perceptron that adds up the features a context shares with the previous one once. The
 * beam search asks the model about each token once per candidate sequence it keeps (three), with
 * contexts that differ only in their last features, those of the candidate's previous outcomes
 * ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=} of OpenNLP's name context generator); the
 * token's own features, some forty, come first and are the same {@code String} objects each time
 * ({@link NerFeatures} keeps them per sentence). So the sums of those are made once, and each
 * candidate adds its own last features to a copy.
 *
 * <p>The scores are bit for bit those of {@link PerceptronModel#eval(String[], double[])}: the sums
 * start from zero and add the same products in the same order (a prefix summed alone and then
 * continued is the same sequence of additions), and the normalisation is the perceptron's, with
 * {@link StrictMath}. A context whose first features are not the very objects of the previous one is
 * summed whole. Not safe for several threads: one per finder.
 */
final class PrefixSumPerceptron implements MaxentModel {

    /** How many of a context's last features are the candidate's: OpenNLP's name contexts end with four. */
    static final int CANDIDATE_FEATURES = 4;

    private final PerceptronModel model;
    private final Map<String, Context> features;
    private final int outcomes;
    private final double[] prefixSums;
    private String[] prefix = new String[0];

    @SuppressWarnings("unchecked")
    PrefixSumPerceptron(PerceptronModel model) {
        this.model = model;
        this.features = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.prefixSums = new double[outcomes];
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int split = Math.max(0, context.length - CANDIDATE_FEATURES);
        if (!samePrefix(context, split)) {
            Arrays.fill(prefixSums, 0);
            sum(context, 0, split, prefixSums);
            prefix = Arrays.copyOf(context, split);
        }
        Arrays.fill(probs, 0);
        System.arraycopy(prefixSums, 0, probs, 0, outcomes);
        sum(context, split, context.length, probs);
        return normalize(probs);
    }

    private boolean samePrefix(String[] context, int split) {
        if (prefix.length != split) {
            return false;
        }
        for (int i = 0; i < split; i++) {
            if (prefix[i] != context[i]) {
                return false;
            }
        }
        return true;
    }

    /** OpenNLP's {@code ArrayMath.sumFeatures} with no values (each feature's value 1) over {@code [from, to)}. */
    private void sum(String[] context, int from, int to, double[] prior) {
        for (int ci = from; ci < to; ci++) {
            Context c = features.get(context[ci]);
            if (c != null) {
                int[] active = c.getOutcomes();
                double[] parameters = c.getParameters();
                double value = 1;
                for (int ai = 0; ai < active.length; ai++) {
                    prior[active[ai]] += parameters[ai] * value;
                }
            }
        }
    }

    /** The perceptron's normalisation: exponentials of the sums over the largest magnitude (at least 1). */
    private double[] normalize(double[] prior) {
        double maxPrior = 1;
        for (int oid = 0; oid < outcomes; oid++) {
            if (maxPrior < StrictMath.abs(prior[oid])) {
                maxPrior = StrictMath.abs(prior[oid]);
            }
        }
        double normal = 0.0;
        for (int oid = 0; oid < outcomes; oid++) {
            prior[oid] = StrictMath.exp(prior[oid] / maxPrior);
            normal += prior[oid];
        }
        for (int oid = 0; oid < outcomes; oid++) {
            prior[oid] /= normal;
        }
        return prior;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] scores) {
        return model.getBestOutcome(scores);
    }

    @Override
    public String getAllOutcomes(double[] scores) {
        return model.getAllOutcomes(scores);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes;
    }
}
