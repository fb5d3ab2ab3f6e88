package brief.pdf;

/**
 * A ruling line drawn on a page (a table border, an underline, a column rule), in the page space of
 * {@link Glyph}: points, y growing downwards from the top of the crop box. It is the centre line of a
 * stroke or of a thin filled rectangle, horizontal ({@code y0 == y1}, {@code x0 < x1}) or vertical
 * ({@code x0 == x1}, {@code y0 < y1}).
 */
public record Rule(float x0, float y0, float x1, float y1) {

    public Rule {
        if (x0 != x1 && y0 != y1 || x0 > x1 || y0 > y1) {
            throw new IllegalArgumentException(
                    "a rule runs left to right or top to bottom: (" + x0 + ", " + y0 + ")-(" + x1 + ", " + y1 + ")");
        }
    }

    /** {@return whether it runs across (a point counts as horizontal)} */
    public boolean horizontal() {
        return y0 == y1;
    }

    /** {@return its length in points} */
    public float length() {
        return x1 - x0 + y1 - y0;
    }
}
