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
 * word's characters share its box evenly.
 * Words Tesseract is unsure of that hold no letter or digit (specks, rules and pictures read as
 * {@code |}, {@code _}, {@code ~}) are dropped.
 */
final class OcrGlyphs {

    /** Below this confidence (0 to 100) a word without a letter or digit is noise. */
    static final float NOISE = 60;
    private OcrGlyphs() {
    }

    static List<Glyph> of(List<OcrWord> words, int dpi) {
        float scale = 72f / dpi;
        List<Glyph> glyphs = new ArrayList<>();
        List<OcrWord> line = new ArrayList<>();
        for (OcrWord w : words) {
            if (w.confidence() < NOISE && w.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (!line.isEmpty() && (w.lineTop() != line.get(0).lineTop() || w.left() < line.get(line.size() - 1).left())) {
                line(line, scale, glyphs);
                line.clear();
            }
            line.add(w);
        }
        line(line, scale, glyphs);
        return glyphs;
    }

    private static void line(List<OcrWord> words, float scale, List<Glyph> out) {
        if (words.isEmpty()) {
            return;
        }
        float height = median(words.stream().map(w -> (float) (w.bottom() - w.top())).toList());
        float bottom = median(words.stream().map(w -> (float) w.bottom()).toList());
        float size = height * scale;
        float baseline = bottom * scale;
        OcrWord prev = null;
        for (OcrWord w : words) {
            if (prev != null) {
                int gap = Math.max(0, w.left() - prev.right());
                if (w.spaceBefore()) {
                    out.add(new Glyph(" ", prev.right() * scale, baseline, gap * scale, size, size, 0));
                }
            }
            int[] cps = w.text().codePoints().toArray();
            float width = (w.right() - w.left()) * scale / cps.length;
            for (int i = 0; i < cps.length; i++) {
                out.add(new Glyph(new String(cps, i, 1), w.left() * scale + i * width, baseline, width, size, size, 0));
            }
            prev = w;
        }
    }

    private static float median(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
