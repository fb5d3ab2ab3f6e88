package brief.text;

import brief.pdf.Glyph;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the blank glyphs of a row that visible glyphs draw over. A space glyph says where a word ends
 * only where it shows as space: Word pads a table cell with a run of spaces and then draws the cell's
 * text over them ({@code R e m .( 나 머 지 )} when each padding space counted), and InDesign sets a
 * soft hyphen as a space glyph whose width the next letter takes back ({@code 중앙 지방} for 중앙지방).
 * A blank glyph whose middle lies inside a visible glyph's advance, or between two letters that touch or
 * overlap, is left out. Its advance as a whole
 * is no test: tight tracking (InDesign's negative 자간) makes neighbouring advances overlap every
 * real space a little.
 */
final class HiddenSpaces {

    /** How far inside a visible glyph's advance (em) a blank's middle must lie to be hidden. */
    static final float INSIDE = 0.01f;
    /** Neighbours looked at on each side: overdrawn text lies within a few glyphs. */
    private static final int REACH = 8;

    private HiddenSpaces() {
    }

    /** {@return {@code row} (sorted by x) without the blank glyphs that visible glyphs cover} */
    static List<Glyph> drop(List<Glyph> row) {
        List<Glyph> out = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Glyph g = row.get(i);
            if (!g.isBlank() || !hidden(row, i)) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean hidden(List<Glyph> row, int at) {
        Glyph blank = row.get(at);
        float middle = blank.x() + blank.width() / 2;
        Glyph before = null;
        Glyph after = null;
        for (int j = Math.max(0, at - REACH); j < Math.min(row.size(), at + REACH + 1); j++) {
            Glyph g = row.get(j);
            if (j == at || g.isBlank()) {
                continue;
            }
            float em = Math.max(g.fontSize(), blank.fontSize());
            if (middle > g.x() + INSIDE * em && middle < g.right() - INSIDE * em) {
                return true;
            }
            if (g.right() <= middle && (before == null || g.right() > before.right())) {
                before = g;
            }
            if (g.x() >= middle && (after == null || g.x() < after.x())) {
                after = g;
            }
        }
        // between two letters that touch or overlap: the text left no room for it (tight tracking still
        // leaves a real space some room, 0.1 em in InDesign's -5%)
        return before != null && after != null && after.x() <= before.right();
    }
}
