package brief.eval;

/** The F1 measure every score in the project reports. */
public final class F1 {

    private F1() {
    }

    /** {@return the harmonic mean of {@code precision} and {@code recall}, 0 when both are 0} */
    public static double of(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
