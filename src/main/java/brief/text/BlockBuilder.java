package brief.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Body lines of one page to blocks in reading order. A run of lines with two or more fragments (at
 * least two such lines, plus the narrow continuation lines between and after them) is a table: its
 * columns are the bands where fragments stand, its rows are split where the vertical gap jumps.
 * Other lines form paragraphs, broken at a wider gap, a change of font size, a short last line, an
 * indented first line or an item marker; an item goes on in the lines that hang at its text, and gaps
 * are judged against the block's own line pitch.
 */
public final class BlockBuilder {

    private static final ItemMarker ITEMS = new ItemMarker();
    private final LinePitch pitch = new LinePitch();

    /**
     * {@return the blocks of one page}
     *
     * @param left the body's left edge, @param right its right edge, @param bodySize its usual font size,
     * @param lineGap the usual gap between the lines of a paragraph (line spacing varies by producer)
     */
    public List<Block> blocks(List<Line> pageLines, float left, float right, float bodySize, float documentGap) {
        float lineGap = pitch.gap(pageLines, documentGap);
        float textRight = Math.min(right, textRight(pageLines, right));
        List<Line> lines = new ArrayList<>(pageLines);
        lines.sort(Comparator.comparingDouble(Line::top).thenComparingDouble(Line::x));
        titlesFirst(lines);
        List<Block> out = new ArrayList<>();
        List<Line> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = tableEnd(lines, i);
            if (end > i) {
                flush(paragraph, out);
                out.add(table(lines.subList(i, end)));
                i = end;
                continue;
            }
            Line line = lines.get(i);
            if (!paragraph.isEmpty() && startsParagraph(paragraph, line, left, right, textRight, bodySize, lineGap)) {
                flush(paragraph, out);
            }
            paragraph.add(line);
            i++;
        }
        flush(paragraph, out);
        return out;
    }

    /**
     * {@return where the lines' text ends on the right} A region's edge may stand well right of its text
     * (a text box narrower than the page, a region that also holds a header reaching further), and every
     * line of the box would then look short and end a paragraph. The edge the lines run to is the
     * {@link #FULL_LINE} quantile of their right ends, once there are {@link #MIN_EDGE_LINES} of them and
     * half of them end within an em of it.
     */
    static float textRight(List<Line> lines, float right) {
        if (lines.size() < MIN_EDGE_LINES) {
            return right;
        }
        float[] rights = new float[lines.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = lines.get(i).right();
        }
        Arrays.sort(rights);
        float edge = rights[Math.min(rights.length - 1, (int) (FULL_LINE * rights.length))];
        // only an edge that half the lines run to (wrapped or justified text), not the longest items of a
        // ragged list
        int at = 0;
        for (Line l : lines) {
            if (Math.abs(l.right() - edge) <= l.fontSize()) {
                at++;
            }
        }
        return 2 * at >= lines.size() ? edge : right;
    }

    /** The share of a block's lines that end short of its text's right edge, at most. */
    static final float FULL_LINE = 0.75f;
    /** Lines needed before their own right edge is believed. */
    static final int MIN_EDGE_LINES = 4;

    /**
     * Moves a title set beside the start of its lead before the lead. The title's top is a little below
     * the lead's first line (large type has more room above its letters), so sorted by top it would fall
     * after that line; but a line of type {@link SizeBreaks#SIZE_RATIO} times larger that stands wholly
     * to the left of a line and overlaps it vertically is read first.
     */
    static void titlesFirst(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            for (int j = i + 1; j < lines.size() && lines.get(j).top() < l.bottom(); j++) {
                Line m = lines.get(j);
                if (m.fontSize() >= SizeBreaks.SIZE_RATIO * l.fontSize() && m.right() <= l.x()) {
                    lines.add(i, lines.remove(j));
                    break;
                }
            }
        }
    }

    private static void flush(List<Line> paragraph, List<Block> out) {
        if (!paragraph.isEmpty()) {
            out.add(new Block.Paragraph(paragraph.get(0).page(), paragraph));
            paragraph.clear();
        }
    }

    /**
     * Whether {@code line} starts a new paragraph after the lines so far. A list item (its first line
     * opens with a marker) goes on in the lines indented to its text, the hanging indent.
     */
    static boolean startsParagraph(List<Line> paragraph, Line line, float left, float right, float textRight, float bodySize,
                                   float lineGap) {
        Line prev = paragraph.get(paragraph.size() - 1);
        float em = Math.max(prev.fontSize(), line.fontSize());
        float gap = line.top() - prev.bottom();
        boolean wideGap = gap > lineGap + 0.4f * em;
        boolean fontChange = Math.abs(prev.fontSize() - line.fontSize()) > 0.1f * em;
        // a title or heading set large may break early; body lines that end short end a paragraph
        boolean display = prev.fontSize() > 1.3f * bodySize && !wideGap && !fontChange;
        boolean prevShort = textRight - prev.right() > Math.max(2.5f * em, firstWordWidth(line) + 0.5f * em) && !display;
        // a letter or number marker after a line that runs to the edge is more likely the wrap of a sentence
        boolean bullet = ITEMS.marker(line.text())
                .filter(m -> !ItemMarker.ambiguous(m) || prev.right() < right - em).isPresent();
        boolean indented = line.x() > prev.x() + 0.8f * em && !(paragraph.size() == 1 && hangs(prev, line));
        // a line that is nothing but a number after another is a column of values, never a wrapped sentence
        boolean values = Values.column(prev.text(), line.text());
        return wideGap || fontChange || prevShort || indented || bullet || values;
    }

    /** {@return whether a line continues an item's first line, standing where the item's text does} */
    static boolean hangs(Line item, Line line) {
        return ITEMS.marker(item.text())
                .map(m -> Math.abs(line.x() - ItemMarker.textStart(item, m)) <= 0.8f * item.fontSize())
                .orElse(false);
    }

    /**
     * {@return about how wide the line's first word is} A line that wrapped left at most that much room
     * (a heading wrapped before a long word is not a short last line). Estimated from the first
     * fragment's width shared out over its characters.
     */
    static float firstWordWidth(Line line) {
        Fragment f = line.fragments().get(0);
        String text = f.text();
        int end = text.indexOf(' ');
        return text.isEmpty() ? 0 : (f.right() - f.x()) * (end < 0 ? text.length() : end) / text.length();
    }

    /** {@return the end (exclusive) of a table starting at {@code start}, or {@code start} when none does} */
    static int tableEnd(List<Line> lines, int start) {
        if (lines.get(start).fragments().size() < 2) {
            return start;
        }
        int multi = 1;
        int end = start + 1;
        int lastMulti = start + 1;
        float tableLeft = lines.get(start).x();
        float tableRight = lines.get(start).right();
        while (end < lines.size()) {
            Line prev = lines.get(end - 1);
            Line l = lines.get(end);
            float em = l.fontSize();
            if (l.top() - prev.bottom() > 2.2f * em || l.fontSize() > 1.25f * prev.fontSize()) {
                break;
            }
            if (l.fragments().size() >= 2) {
                multi++;
                lastMulti = end + 1;
            } else if (l.right() - l.x() > 0.7f * (tableRight - tableLeft)) {
                break; // a full-width line: running text again
            }
            tableLeft = Math.min(tableLeft, l.x());
            tableRight = Math.max(tableRight, l.right());
            end++;
        }
        if (multi < 2) {
            return start;
        }
        // Narrow lines after the last multi-fragment line are continuations of its cells only when close.
        int stop = lastMulti;
        while (stop < end && lines.get(stop).top() - lines.get(stop - 1).bottom() < 0.9f * lines.get(stop).fontSize()) {
            stop++;
        }
        return stop;
    }

    static Block.Table table(List<Line> lines) {
        List<float[]> bands = columnBands(lines);
        List<List<Line>> rows = splitRows(lines);
        List<List<List<Fragment>>> table = new ArrayList<>();
        for (List<Line> row : rows) {
            List<List<Fragment>> cells = new ArrayList<>();
            for (int c = 0; c < bands.size(); c++) {
                cells.add(new ArrayList<>());
            }
            for (Line l : row) {
                for (Fragment f : l.fragments()) {
                    cells.get(bandOf(bands, f)).add(f);
                }
            }
            for (List<Fragment> cell : cells) {
                cell.sort(Comparator.comparingDouble(Fragment::top).thenComparingDouble(Fragment::x));
            }
            table.add(cells);
        }
        return new Block.Table(lines.get(0).page(), table);
    }

    /** Merged horizontal extents of every fragment: each merged interval is one column. */
    static List<float[]> columnBands(List<Line> lines) {
        List<float[]> spans = new ArrayList<>();
        for (Line l : lines) {
            for (Fragment f : l.fragments()) {
                spans.add(new float[] {f.x(), f.right()});
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<float[]> bands = new ArrayList<>();
        for (float[] s : spans) {
            float[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                bands.add(new float[] {s[0], s[1]});
            }
        }
        return bands;
    }

    private static int bandOf(List<float[]> bands, Fragment f) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (f.x() >= bands.get(i)[0] - 0.01f) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Rows by vertical gaps: lines of one row (a wrapped cell, a cell centred beside it) sit closer than
     * rows do, so the rows split at the largest jump among the sorted gaps, when there is a clear one.
     */
    static List<List<Line>> splitRows(List<Line> lines) {
        float[] gaps = new float[lines.size() - 1];
        float bottom = lines.get(0).bottom();
        for (int i = 1; i < lines.size(); i++) {
            gaps[i - 1] = lines.get(i).top() - bottom;
            bottom = Math.max(bottom, lines.get(i).bottom());
        }
        float threshold = threshold(gaps, lines.get(0).fontSize());
        List<List<Line>> rows = new ArrayList<>();
        List<Line> row = new ArrayList<>();
        row.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            if (gaps[i - 1] > threshold) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(lines.get(i));
        }
        rows.add(row);
        return rows;
    }

    private static float threshold(float[] gaps, float em) {
        float[] sorted = gaps.clone();
        Arrays.sort(sorted);
        float best = 0;
        float at = -Float.MAX_VALUE; // no clear jump: every line is a row
        for (int i = 1; i < sorted.length; i++) {
            float jump = sorted[i] - sorted[i - 1];
            // the lower side must look like line spacing inside a cell, not a gap between rows
            if (sorted[i - 1] <= 0.6f * em && jump > best) {
                best = jump;
                at = (sorted[i] + sorted[i - 1]) / 2;
            }
        }
        return best > 0.25f * em ? at : -Float.MAX_VALUE;
    }
}
