package brief.hwp;

import java.util.List;

/**
 * Finds page breaks in the lines Hangul laid out and saved with each paragraph (HWP 5 {@code PARA_LINE_SEG},
 * HWPX {@code linesegarray}). A line flagged as the first of its page opens one. Otherwise a line placed
 * higher than the line before it starts a new column, and every {@code n}-th such column of an
 * {@code n}-column section a new page (positions are relative to the column, so columns and pages look
 * alike). An explicit page break opens a page too. Only top-level paragraphs are fed: lines inside table
 * cells and text boxes have their own origin. One tracker per document; not thread-safe.
 */
final class PageTracker {

    /** One laid-out line: its vertical position (HWPUNIT) and its first-of-page flag. */
    record Line(int vertical, boolean opensPage) { }

    /** Where a paragraph breaks: before its first line, or at a later one. */
    record Breaks(boolean before, boolean within) { }

    private Line last;
    private int columns = 1;
    private int column = 1;

    /** The section's number of columns from here on (a column definition). */
    void columns(int n) {
        columns = Math.max(1, n);
        column = 1;
    }

    /** A new section starts on a new page; its first paragraph is compared with nothing. */
    void newSection() {
        last = null;
        column = 1;
    }

    /** {@return the breaks of the paragraph with these lines} and moves past them */
    Breaks advance(List<Line> lines, boolean explicitBreak) {
        boolean before = false;
        boolean within = false;
        if (explicitBreak && last != null) {
            before = true;
            column = 1;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean page = last != null && opensPage(l);
            if (i == 0) {
                before |= page;
            } else {
                within |= page;
            }
            last = l;
        }
        return new Breaks(before, within);
    }

    private boolean opensPage(Line l) {
        if (l.opensPage()) {
            column = 1;
            return true;
        }
        if (l.vertical() < last.vertical()) {
            column++;
            if (column > columns) {
                column = 1;
                return true;
            }
        }
        return false;
    }
}
