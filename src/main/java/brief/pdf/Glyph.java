package brief.pdf;

/**
 * One glyph as PDFBox placed it, in page space with y growing downwards: {@code x} is the left edge,
 * {@code baseline} the baseline, {@code height} the glyph height above it. {@code direction} is the
 * text direction in degrees (0 upright; 90 or 270 rotated, as in a vertical sidebar).
 */
public record Glyph(String text, float x, float baseline, float width, float height, float fontSize,
                    int direction) {

    /** {@return the right edge} */
    public float right() {
        return x + width;
    }

    /** {@return the top edge} */
    public float top() {
        return baseline - height;
    }

    /**
     * {@return whether this glyph draws no text: white space, or a control character (some producers,
     * Chromium among them, map the space glyph of a subset font to U+0001)}
     */
    public boolean isBlank() {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
