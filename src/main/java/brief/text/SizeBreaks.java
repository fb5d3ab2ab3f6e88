package brief.text;

import brief.pdf.Glyph;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a row of glyphs where the type changes size across a wide gap, or across a word's gap off a
 * shared baseline. A large title set beside a
 * small lead (a magazine opener: the title on the left, two or three lines of lead on its right, then
 * the lead running on under both) overlaps the lead's lines vertically, so they fall into one row; but
 * a title and a line of body text a column away are two texts, not one line. Type of very different
 * sizes stays on one line only when it runs on without a column gap (a raised footnote marker, a big
 * initial number set against its heading).
 */
final class SizeBreaks {

    /** Neighbours this many times the other's size are of different type. */
    static final float SIZE_RATIO = 1.5f;
    /**
     * Off a shared baseline, a gap this wide (em of the smaller type), wider than a word space, parts two
     * texts; a raised footnote marker stands closer to its word.
     */
    static final float WORD_SPACE = 0.8f;

    private SizeBreaks() {
    }

    /** {@return the row (sorted by x) as one or more runs, split at a wide gap between different sizes} */
    static List<List<Glyph>> split(List<Glyph> row) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph last = null; // the run's last visible glyph
        for (Glyph g : row) {
            if (!g.isBlank() && last != null && breaks(last, g)) {
                out.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
            if (!g.isBlank()) {
                last = g;
            }
        }
        out.add(run);
        return out;
    }

    private static boolean breaks(Glyph a, Glyph b) {
        float large = Math.max(a.fontSize(), b.fontSize());
        float small = Math.min(a.fontSize(), b.fontSize());
        if (large < SIZE_RATIO * small) {
            return false;
        }
        // the gap is measured in the smaller type: beside a 36 pt title, a column gap of the 9 pt lead is
        // narrower than the title's own word spaces
        float gap = b.x() - a.right();
        if (gap > LineBuilder.COLUMN_GAP * small) {
            return true;
        }
        // closer, a lead line that sits off the title's baseline is still another text: a big number set
        // against its heading shares the heading's baseline, a lead's middle line stands between the
        // title's top and bottom
        boolean offBaseline = Math.abs(a.baseline() - b.baseline()) > LineBuilder.SAME_BASELINE * small;
        return offBaseline && gap > WORD_SPACE * small;
    }
}
