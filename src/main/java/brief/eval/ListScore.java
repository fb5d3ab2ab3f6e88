package brief.eval;

import java.util.List;

/**
 * The score of one list (firms, dates, ...): predicted entries that match some gold entry, gold
 * entries matched by some prediction, and what was missed or extra, each as a short label.
 */
public record ListScore(String list, int predicted, int predictedMatched, int gold, int goldMatched,
                        List<String> missed, List<String> extra) {

    public ListScore {
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) predictedMatched / predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) goldMatched / gold;
    }

    public double f1() {
        return F1.of(precision(), recall());
    }

    /** {@return the sum of two scores of the same list (micro-averaging over documents)} */
    public ListScore plus(ListScore o) {
        return new ListScore(list, predicted + o.predicted, predictedMatched + o.predictedMatched, gold + o.gold,
                goldMatched + o.goldMatched,
                java.util.stream.Stream.concat(missed.stream(), o.missed.stream()).toList(),
                java.util.stream.Stream.concat(extra.stream(), o.extra.stream()).toList());
    }
}
