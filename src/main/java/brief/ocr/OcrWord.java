package brief.ocr;

import java.util.List;

/**
 * A word Tesseract read: its text, its box and the box of its text line, in pixels of the page image
 * (origin top left, right and bottom exclusive), its confidence from 0 to 100, and whether Tesseract's text
 * of the line puts a space before it (its word boxes cut Korean words into syllables; its line text
 * does not), and its characters with their boxes where Tesseract gave them (empty where not known).
 */
public record OcrWord(String text, int left, int top, int right, int bottom, int lineTop, int lineBottom,
                      float confidence, boolean spaceBefore, List<OcrSymbol> symbols) {

    /** A word without its characters' boxes: they are then taken to share its box evenly. */
    public OcrWord(String text, int left, int top, int right, int bottom, int lineTop, int lineBottom,
                   float confidence, boolean spaceBefore) {
        this(text, left, top, right, bottom, lineTop, lineBottom, confidence, spaceBefore, List.of());
    }

    public OcrWord {
        symbols = List.copyOf(symbols);
        if (right < left || bottom < top || lineBottom < lineTop) {
            throw new IllegalArgumentException("bad box for '" + text + "': [" + left + ", " + top + ", " + right
                    + ", " + bottom + "] in line [" + lineTop + ", " + lineBottom + "]");
        }
    }
}
