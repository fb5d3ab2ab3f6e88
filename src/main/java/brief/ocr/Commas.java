package brief.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma told from a period between digits by the page's ink. Tesseract's Korean model reads
 * {@code 2,900억} as {@code 2.900억} now and then, which makes another amount. A comma's tail reaches
 * below the digits' baseline, a period sits on it: so a period or comma read between two digits whose
 * box holds one blob (strokes as high as half a digit aside) is a comma where that blob reaches more
 * than {@link #BELOW} of the digits' height below their bottom, and a period where it reaches no further
 * than {@link #ON}; in between, the reading stands.
 */
final class Commas {

    /** A comma's tail reaches at least this part of the digits' height below their bottom. */
    static final float BELOW = 0.1f;
    /** A period ends within this part of the digits' height of their bottom. */
    static final float ON = 0.04f;

    private Commas() {
    }

    /** {@return the word's characters with the marks between its digits read from {@code grey}} */
    static List<OcrSymbol> read(List<OcrSymbol> word, BufferedImage grey) {
        List<OcrSymbol> digits = word.stream().filter(Commas::digit).toList();
        if (digits.size() < 2) {
            return word;
        }
        float height = OcrGlyphs.median(digits.stream().map(s -> (float) (s.bottom() - s.top())).toList());
        float bottom = OcrGlyphs.median(digits.stream().map(s -> (float) s.bottom()).toList());
        Ink ink = null;
        List<OcrSymbol> out = new ArrayList<>(word);
        for (int i = 1; i < word.size() - 1; i++) {
            OcrSymbol s = word.get(i);
            if (!(s.text().equals(".") || s.text().equals(",")) || !digit(word.get(i - 1)) || !digit(word.get(i + 1))) {
                continue;
            }
            ink = ink == null ? new Ink(grey) : ink;
            List<int[]> blobs = ink.blobs(s.left(), s.top(), s.right(), s.bottom() + Math.round(height / 2),
                    (int) Math.ceil(height / 2)).stream().filter(b -> b[3] - b[1] < height / 2).toList();
            if (blobs.size() != 1) {
                continue;
            }
            float below = blobs.get(0)[3] - bottom;
            String text = below > BELOW * height ? "," : below <= ON * height ? "." : s.text();
            if (!text.equals(s.text())) {
                out.set(i, new OcrSymbol(text, s.left(), s.top(), s.right(), s.bottom(), s.confidence()));
            }
        }
        return out;
    }

    private static boolean digit(OcrSymbol s) {
        return s.text().length() == 1 && Character.isDigit(s.text().charAt(0));
    }
}
