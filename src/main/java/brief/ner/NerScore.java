package brief.ner;

import brief.eval.F1;

/**
 * Entity-level counts for one type. Strict: a prediction is right when a gold entity has exactly its
 * span. Lenient: a prediction is right when it overlaps a gold entity of its type, and a gold entity
 * is found when a prediction of its type overlaps it (so one long prediction over two names finds
 * both). Duplicate spans count once.
 */
public record NerScore(int predicted, int gold, int strictRight, int lenientRight, int lenientFound) {

    public static final NerScore ZERO = new NerScore(0, 0, 0, 0, 0);

    public NerScore plus(NerScore o) {
        return new NerScore(predicted + o.predicted, gold + o.gold, strictRight + o.strictRight,
                lenientRight + o.lenientRight, lenientFound + o.lenientFound);
    }

    public double strictPrecision() {
        return ratio(strictRight, predicted);
    }

    public double strictRecall() {
        return ratio(strictRight, gold);
    }

    public double strictF1() {
        return F1.of(strictPrecision(), strictRecall());
    }

    public double lenientPrecision() {
        return ratio(lenientRight, predicted);
    }

    public double lenientRecall() {
        return ratio(lenientFound, gold);
    }

    public double lenientF1() {
        return F1.of(lenientPrecision(), lenientRecall());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
