package brief.text;

import brief.pdf.Glyph;
import brief.pdf.RawPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs of a page to lines. Glyphs join a line when their vertical extents overlap by more than half
 * (so a raised footnote star stays on its line); within a line a gap wider than {@link #COLUMN_GAP}
 * font sizes starts a new fragment (a table cell or a column), and a gap wider than
 * {@link #WORD_GAP} beyond the line's own letter gap, or a space glyph, becomes one space. Rotated glyphs (a vertical sidebar) are not
 * body text and are left out here.
 */
public final class LineBuilder {

    /** Word gaps in Korean typesetting run 0.25–0.35 em; letter spacing of justified lines stays below. */
    static final float WORD_GAP = 0.2f;
    /** With space glyphs on the line, a gap without one is a space when this share of their width. */
    static final float SPACE_SHARE = 0.75f;
    /** Condensed setting draws letters at most this close (em); tighter is overprinting, not spacing. */
    static final float MIN_LETTER_GAP = -0.15f;
    /** Letter-spaced text spreads letters at most this far (em) before its gaps are read as words. */
    static final float MAX_LETTER_GAP = 0.6f;
    /** Glyphs of one size whose baselines differ by more than this (em) are on different lines. */
    static final float SAME_BASELINE = 0.2f;
    /** Type this much smaller than the line's may sit off its baseline (a superscript, a subscript). */
    static final float SCRIPT_SIZE = 0.85f;
    /** The same glyph drawn again within this many em of itself is overprinting (bold, shadow), not text. */
    static final float OVERPRINT = 0.15f;
    /** Table cells and columns are set at least about one and a half em apart; justified word gaps rarely reach it. */
    static final float COLUMN_GAP = 1.4f;

    private final SpreadLabels labels = new SpreadLabels();

    public List<Line> lines(RawPage page) {
        List<Glyph> glyphs = new ArrayList<>(page.glyphs().stream().filter(g -> g.direction() == 0).toList());
        glyphs.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph g : glyphs) {
            List<Glyph> home = null;
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 3; i--) {
                if (overlapsVertically(rows.get(i), g)) {
                    home = rows.get(i);
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                rows.add(home);
            }
            home.add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> row : rows) {
            if (row.stream().allMatch(Glyph::isBlank)) {
                continue;
            }
            row.sort(Comparator.comparingDouble(Glyph::x));
            for (List<Glyph> run : SizeBreaks.split(row)) {
                if (!run.stream().allMatch(Glyph::isBlank)) {
                    lines.add(new Line(page.number(), fragments(run)));
                }
            }
        }
        lines.sort(Comparator.comparingDouble(Line::top).thenComparingDouble(Line::x));
        return lines;
    }

    private static boolean overlapsVertically(List<Glyph> row, Glyph g) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = 0;
        for (Glyph r : row) {
            top = Math.min(top, r.top());
            bottom = Math.max(bottom, r.baseline());
            size = Math.max(size, r.fontSize());
        }
        float overlap = Math.min(bottom, g.baseline()) - Math.max(top, g.top());
        float smaller = Math.min(bottom - top, g.height());
        float em = Math.max(size, g.fontSize());
        float shift = Math.abs(g.baseline() - bottom);
        // text of one size shares its baseline; off it, only smaller type (a raised marker, a subscript)
        // joins, so the line of a column beside, a little lower, stays its own line
        boolean sameBaseline = shift <= SAME_BASELINE * em;
        boolean otherSize = Math.min(size, g.fontSize()) < SCRIPT_SIZE * em;
        return overlap > 0.5f * smaller && shift < 0.8f * em && (sameBaseline || otherSize);
    }

    private List<Fragment> fragments(List<Glyph> glyphs) {
        List<Glyph> row = new ArrayList<>();
        java.util.Set<Glyph> spaced = new java.util.HashSet<>(); // glyphs after an explicit space glyph
        boolean pendingSpace = false;
        List<Float> spaceWidths = new ArrayList<>();
        for (Glyph g : HiddenSpaces.drop(glyphs)) {
            if (g.isBlank()) {
                pendingSpace = !row.isEmpty();
                if (g.fontSize() > 0) {
                    spaceWidths.add(g.width() / g.fontSize());
                }
                continue;
            }
            if (pendingSpace) {
                spaced.add(g);
                pendingSpace = false;
            }
            Glyph prev = row.isEmpty() ? null : row.get(row.size() - 1);
            if (prev != null && g.text().equals(prev.text())
                    && Math.abs(g.x() - prev.x()) < OVERPRINT * Math.max(prev.fontSize(), g.fontSize())
                    && Math.abs(g.baseline() - prev.baseline()) < OVERPRINT * Math.max(prev.fontSize(), g.fontSize())) {
                continue; // the same glyph drawn twice (fake bold, a shadow a little off): keep one
            }
            row.add(g);
        }
        boolean justified = isJustified(row);
        // Without space glyphs a word space is a gap wider than the line's own letter gap: justification
        // spreads letters (inter-character), condensed setting (자간) draws them together, so the
        // threshold rides on the line's typical gap between two letters.
        // Each run between column gaps (a table cell) has its own letter pitch: a letter-spaced cell beside
        // tight ones is closed up by its own gaps; a run too short to tell takes the line's.
        float[] letter = runLetterGaps(row, justified);
        // A producer that draws its spaces as glyphs says where words end; a gap without one is a space
        // only when it is about as wide as the producer's own space glyph beyond the letter gap (Hancom
        // PDF draws some spaces and leaves others as bare advance on the same line), and never narrower
        // than a word gap.
        float wordGap = spaced.isEmpty() ? WORD_GAP : Math.max(WORD_GAP, SPACE_SHARE * median(spaceWidths));
        List<Fragment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Glyph first = row.get(0);
        Glyph prev = first;
        float top = first.top();
        float bottom = first.baseline();
        float size = first.fontSize();
        text.append(first.text());
        for (int i = 1; i < row.size(); i++) {
            Glyph g = row.get(i);
            float em = Math.max(prev.fontSize(), g.fontSize());
            float gap = g.x() - prev.right();
            if (gap > COLUMN_GAP * em && !justified) {
                out.add(new Fragment(labels.closeUp(text.toString()), first.x(), prev.right(), top, bottom, size));
                text.setLength(0);
                first = g;
                top = g.top();
                bottom = g.baseline();
                size = g.fontSize();
            } else if ((gap > (wordGap + letter[i]) * em || spaced.contains(g)) && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(g.text());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.baseline());
            size = Math.max(size, g.fontSize());
            prev = g;
        }
        if (pendingSpace) {
            // a space glyph drawn after the line's last letter: the producer broke the line at a word
            // space, so the wrap is a space whatever the words on either side suggest (kept for the joiner)
            text.append(' ');
        }
        out.add(new Fragment(labels.closeUp(text.toString()), first.x(), prev.right(), top, bottom, size));
        return out;
    }

    /** {@return for each glyph of the row, the letter gap of the run between column gaps it is in} */
    static float[] runLetterGaps(List<Glyph> row, boolean justified) {
        float line = letterGap(row);
        float[] out = new float[row.size()];
        int start = 0;
        for (int i = 1; i <= row.size(); i++) {
            boolean end = i == row.size();
            if (!end) {
                Glyph a = row.get(i - 1);
                Glyph b = row.get(i);
                end = !justified && b.x() - a.right() > COLUMN_GAP * Math.max(a.fontSize(), b.fontSize());
            }
            if (end) {
                List<Glyph> run = row.subList(start, i);
                float own = run.size() >= 4 ? letterGap(run) : line;
                java.util.Arrays.fill(out, start, i, own);
                start = i;
            }
        }
        return out;
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * {@return the row's typical gap between two letters, in em} The lower quartile of its gaps (a line
     * has more letter gaps than word gaps, in Korean as in Latin script, and a short table cell such as
     * {@code 약 2조 엔 추산} still has at least a quarter), bounded to
     * [{@link #MIN_LETTER_GAP}, {@link #MAX_LETTER_GAP}]; 0 when the row has fewer than three gaps to
     * tell from. Gaps of a column or cell break do not count.
     */
    static float letterGap(List<Glyph> row) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < row.size(); i++) {
            Glyph a = row.get(i - 1);
            Glyph b = row.get(i);
            float em = Math.max(a.fontSize(), b.fontSize());
            float gap = (b.x() - a.right()) / em;
            if (gap < COLUMN_GAP) {
                gaps.add(gap);
            }
        }
        if (gaps.size() < 3) {
            return 0;
        }
        gaps.sort(null);
        float quartile = gaps.get((gaps.size() - 1) / 4);
        return Math.max(MIN_LETTER_GAP, Math.min(MAX_LETTER_GAP, quartile));
    }

    /**
     * {@return whether the row's word gaps are one stretched width} Justification spreads a line's slack
     * evenly over its spaces, so wide but equal gaps are word spaces; a table row has cell gaps much wider
     * than the spaces inside its cells.
     */
    static boolean isJustified(List<Glyph> row) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < row.size(); i++) {
            Glyph a = row.get(i - 1);
            float gap = row.get(i).x() - a.right();
            if (gap > WORD_GAP * Math.max(a.fontSize(), row.get(i).fontSize())) {
                gaps.add(gap);
            }
        }
        if (gaps.size() < 3) {
            return false;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() - 1) <= 1.3f * gaps.get(0);
    }
}
