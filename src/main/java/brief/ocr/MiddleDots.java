package brief.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The middle dot {@code ·} told from the page's ink. Korean briefs join listed words with it
 * ({@code 소재·부품·장비}, {@code 한·일}); Tesseract's Korean model reads it as {@code -} or {@code :}, or
 * leaves it out ({@code 일본대만}). A middle dot is one small round blob at the middle of the letters'
 * height; a hyphen is a bar wider than high, a colon two blobs, a period sits on the baseline. So,
 * inside a word, between two letters or digits:
 * <ul>
 * <li>a character read as a hyphen, colon, period or Hangul arae-a whose box holds one such blob is a
 *     middle dot;</li>
 * <li>where two letters stand apart and the gap between their boxes holds such a blob and nothing else,
 *     a middle dot is put in (Tesseract's boxes of the letters may cover it: the gap is taken to reach a
 *     quarter of the letters' height into each).</li>
 * </ul>
 * Ink that reaches out of the place looked at, or stands half the letters' height high, is a letter's
 * stroke and does not count; and a dot stands alone in its columns (no ink above or below it within the
 * letters' height), where a piece of a thin letter broken by the scan has the rest of the letter.
 * Sizes are relative to the word's letters (the median height of its letters' and digits' boxes), so
 * the rule is the same at any resolution.
 */
final class MiddleDots {

    /** A dot is at least this part of the letters' height across and down, and two pixels (a speck is not)... */
    static final float MIN_SIZE = 0.08f;
    /** ...at most this part of the letters' height across and down... */
    static final float MAX_SIZE = 0.3f;
    /** ...at most this many times as wide as high (a hyphen is a bar)... */
    static final float MAX_ASPECT = 1.8f;
    /** ...solid, its ink filling at least this part of its box (a ring is a letter's)... */
    static final float MIN_FILL = 0.6f;
    /** ...and its middle at most this part of the letters' height from theirs (a period sits on the baseline). */
    static final float MAX_OFFSET = 0.2f;

    private static final String READ_AS = "-:.ㆍ·‧∙•";
    private static final String DOT = "·";

    private MiddleDots() {
    }

    /** {@return the word's characters with its middle dots read from {@code grey} (8-bit grey, the page the boxes are in)} */
    static List<OcrSymbol> read(List<OcrSymbol> word, BufferedImage grey) {
        List<OcrSymbol> letters = word.stream().filter(MiddleDots::letter).toList();
        if (letters.size() < 2 || word.size() < 2) {
            return word;
        }
        float height = OcrGlyphs.median(letters.stream().map(s -> (float) (s.bottom() - s.top())).toList());
        float middle = OcrGlyphs.median(letters.stream().map(s -> (s.top() + s.bottom()) / 2f).toList());
        if (height < 4) {
            return word;
        }
        Ink ink = new Ink(grey);
        List<OcrSymbol> out = new ArrayList<>(word.size() + 2);
        for (int i = 0; i < word.size(); i++) {
            OcrSymbol s = word.get(i);
            boolean inside = i > 0 && i < word.size() - 1 && letter(word.get(i - 1)) && letter(word.get(i + 1));
            if (inside && READ_AS.contains(s.text()) && !s.text().equals(DOT)) {
                List<int[]> blobs = marks(ink.blobs(s.left(), s.top(), s.right(), s.bottom(), (int) Math.ceil(height / 2)), height);
                out.add(blobs.size() == 1 && dot(blobs.get(0), height, middle) && ink.alone(blobs.get(0), band(height, middle))
                        ? new OcrSymbol(DOT, s.left(), s.top(), s.right(), s.bottom(), s.confidence()) : s);
                continue;
            }
            out.add(s);
            if (i < word.size() - 1 && letter(s) && letter(word.get(i + 1)) && !READ_AS.contains(word.get(i + 1).text())) {
                // Tesseract's boxes of the letters may cover the dot between them: look from a quarter of a
                // letter's height inside each
                OcrSymbol next = word.get(i + 1);
                int reach = Math.round(height / 4);
                int left = Math.max(s.right() - reach, (s.left() + s.right()) / 2);
                int right = Math.min(next.left() + reach, (next.left() + next.right()) / 2);
                int top = Math.round(middle - height / 2), bottom = Math.round(middle + height / 2);
                List<int[]> blobs = marks(ink.blobs(left, top, right, bottom, (int) Math.ceil(height / 2)), height);
                if (blobs.size() == 1 && dot(blobs.get(0), height, middle) && ink.alone(blobs.get(0), band(height, middle))) {
                    int[] b = blobs.get(0);
                    out.add(new OcrSymbol(DOT, b[0], b[1], b[2], b[3], Math.min(s.confidence(), next.confidence())));
                }
            }
        }
        return out;
    }

    /**
     * {@return the blobs less than half the letters' height high} A taller one is a letter's stroke that
     * Tesseract's box takes in (the second bar of 제's ㅔ), not a dot, hyphen or colon.
     */
    private static List<int[]> marks(List<int[]> blobs, float height) {
        return blobs.stream().filter(b -> b[3] - b[1] < height / 2).toList();
    }

    private static boolean dot(int[] blob, float height, float middle) {
        int w = blob[2] - blob[0], h = blob[3] - blob[1];
        float least = Math.max(2, MIN_SIZE * height);
        return w >= least && h >= least && blob[4] >= MIN_FILL * w * h && w <= MAX_SIZE * height && h <= MAX_SIZE * height && w <= MAX_ASPECT * h && h <= MAX_ASPECT * w
                && Math.abs((blob[1] + blob[3]) / 2f - middle) <= MAX_OFFSET * height;
    }

    /** {@return a letter or digit, not one of the marks read for a dot (the Hangul arae-a is a letter to Java)} */
    private static boolean letter(OcrSymbol s) {
        return !s.text().isEmpty() && s.text().codePoints().allMatch(Character::isLetterOrDigit) && !READ_AS.contains(s.text());
    }

    /** {@return the rows of the letters' height: top, bottom (exclusive)} */
    private static int[] band(float height, float middle) {
        return new int[] {Math.round(middle - height / 2), Math.round(middle + height / 2)};
    }
}
