package brief.ocr;

import brief.pdf.Glyph;
import java.util.ArrayList;
import java.util.List;

/**
 * OCR words into glyphs in page space (points, y downwards), so that a scanned page enters the layout
 * stage like any other. Words come line by line; a line's text height is the median height of its
 * words' boxes, its baseline their median bottom. Where Tesseract's line text has a space, a space glyph
 * stands (its word boxes cut Korean words into syllables, its line text does not), so the layout stage
 * keeps exactly those spaces, and still cuts a line at a gap as wide as a table's between cells. Each
 * word's characters share its box evenly; a word whose box overlaps the one before is moved right, past
 * it and the space between.
 * Words Tesseract is unsure of that hold no letter or digit (specks, rules and pictures read as
 * {@code |}, {@code _}, {@code ~}) are dropped, and so are words it barely trusts at all; of two lines
 * read over each other with mostly the same characters (a title drawn twice, a little offset) the
 * surer one is kept.
 */
final class OcrGlyphs {

    /** Below this confidence (0 to 100) a word without a letter or digit is noise. */
    static final float NOISE = 60;
    /** Below this confidence a word is a guess at a speck, a picture or a stroke of vertical text, whatever it holds. */
    static final float GUESS = 30;
    /** Two lines whose boxes share more than this part of the smaller one are one line read twice. */
    static final float OVERLAP = 0.5f;
    /** ...and that share at least this part of the shorter one's characters (a misread copy keeps a third or more). */
    static final float SAME = 0.3f;
    /** A space Tesseract reads between two words is at least this wide (em), whatever their boxes say. */
    static final float MIN_SPACE = 0.3f;

    private OcrGlyphs() {
    }

    static List<Glyph> of(List<OcrWord> words, int dpi) {
        float scale = 72f / dpi;
        List<List<OcrWord>> lines = new ArrayList<>();
        List<OcrWord> line = new ArrayList<>();
        for (OcrWord w : words) {
            if (w.confidence() < GUESS || w.confidence() < NOISE && w.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (!line.isEmpty() && (w.lineTop() != line.get(0).lineTop() || w.left() < line.get(line.size() - 1).left())) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(w);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (List<OcrWord> l : lines) {
            if (lines.stream().noneMatch(other -> other != l && outreads(other, l))) {
                line(l, scale, glyphs);
            }
        }
        return glyphs;
    }

    /**
     * {@return whether line {@code a} covers most of line {@code b} and is read more surely} Tesseract
     * reads a title drawn twice, a little offset (a shadow, a halo), as two lines over each other.
     */
    private static boolean outreads(List<OcrWord> a, List<OcrWord> b) {
        int[] ba = box(a), bb = box(b);
        long across = Math.max(0, Math.min(ba[2], bb[2]) - Math.max(ba[0], bb[0]));
        long down = Math.max(0, Math.min(ba[3], bb[3]) - Math.max(ba[1], bb[1]));
        long smaller = Math.min(area(ba), area(bb));
        if (smaller == 0 || across * down <= OVERLAP * smaller || shared(a, b) < SAME) {
            return false;
        }
        double ca = confidence(a), cb = confidence(b);
        return ca > cb || ca == cb && area(ba) > area(bb);
    }

    /** {@return the share of the shorter line's characters that the other line holds too} */
    private static double shared(List<OcrWord> a, List<OcrWord> b) {
        int[] ca = chars(a).toArray(), cb = chars(b).toArray();
        int shorter = Math.min(ca.length, cb.length);
        return shorter == 0 ? 0 : (double) common(ca, cb) / shorter;
    }

    /** {@return how many of the characters of {@code a} (counted with repeats) {@code b} holds too} */
    static int common(int[] a, int[] b) {
        java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
        for (int c : a) {
            count.merge(c, 1, Integer::sum);
        }
        int common = 0;
        for (int c : b) {
            if (count.getOrDefault(c, 0) > 0) {
                count.merge(c, -1, Integer::sum);
                common++;
            }
        }
        return common;
    }

    static java.util.stream.IntStream chars(List<OcrWord> line) {
        return line.stream().flatMapToInt(w -> w.text().codePoints());
    }

    private static int[] box(List<OcrWord> line) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (OcrWord w : line) {
            b[0] = Math.min(b[0], w.left());
            b[1] = Math.min(b[1], w.top());
            b[2] = Math.max(b[2], w.right());
            b[3] = Math.max(b[3], w.bottom());
        }
        return b;
    }

    private static long area(int[] b) {
        return (long) (b[2] - b[0]) * (b[3] - b[1]);
    }

    /** {@return the line's confidence: its words' confidences weighed by their length; 0 for none} */
    static double confidence(List<OcrWord> line) {
        double sum = 0;
        int n = 0;
        for (OcrWord w : line) {
            int len = w.text().codePointCount(0, w.text().length());
            sum += w.confidence() * len;
            n += len;
        }
        return n == 0 ? 0 : sum / n;
    }

    private static void line(List<OcrWord> words, float scale, List<Glyph> out) {
        if (words.isEmpty()) {
            return;
        }
        float height = median(words.stream().map(w -> (float) (w.bottom() - w.top())).toList());
        float bottom = median(words.stream().map(w -> (float) w.bottom()).toList());
        float size = height * scale;
        float baseline = bottom * scale;
        float end = -Float.MAX_VALUE; // where the previous word's glyphs end
        for (OcrWord w : words) {
            float left = w.left() * scale;
            float right = w.right() * scale;
            if (end > -Float.MAX_VALUE) {
                // Tesseract's boxes of neighbouring Korean words may overlap; glyphs must not, or sorted by
                // position the two words' letters interleave (모투자신1탁호); a space keeps its width
                float from = end + (w.spaceBefore() ? MIN_SPACE * size : 0);
                if (left < from) {
                    right += from - left;
                    left = from;
                }
                if (w.spaceBefore()) {
                    out.add(new Glyph(" ", end, baseline, left - end, size, size, 0));
                }
            }
            int[] cps = w.text().codePoints().toArray();
            float width = (right - left) / cps.length;
            for (int i = 0; i < cps.length; i++) {
                out.add(new Glyph(new String(cps, i, 1), left + i * width, baseline, width, size, size, 0));
            }
            end = right;
        }
    }

    /** {@return the upper median of {@code values}, which are not empty} */
    static float median(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
