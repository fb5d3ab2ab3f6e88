package brief.ocr;

/**
 * One character Tesseract read, with its box in pixels of the page image (origin top left, right and
 * bottom exclusive) and its confidence from 0 to 100.
 */
public record OcrSymbol(String text, int left, int top, int right, int bottom, float confidence) {

    public OcrSymbol {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("bad box for '" + text + "': [" + left + ", " + top + ", " + right
                    + ", " + bottom + "]");
        }
    }

    /** {@return the middle of the box across} */
    public float centre() {
        return (left + right) / 2f;
    }
}
