package brief.text;

/**
 * A run of glyphs on one baseline with no wide gap inside: a line of a column, or a table cell's line.
 * Geometry in page points, y growing downwards.
 */
public record Fragment(String text, float x, float right, float top, float bottom, float fontSize) {

    /** {@return the vertical middle} */
    public float middle() {
        return (top + bottom) / 2;
    }
}
