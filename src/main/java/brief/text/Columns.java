package brief.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits the body lines of a page into regions in reading order: full-width runs, and two-column runs
 * read left column first. A gutter is an x position that no fragment of a column line crosses and
 * that many lines fill on both sides (justified text running up to it from the left and on from it to
 * the right); a page without one is a single region.
 */
final class Columns {

    /** Lines read together, between {@code left} and {@code right}. */
    record Region(List<Line> lines, float left, float right) {
        Region {
            lines = List.copyOf(lines);
        }
    }

    /** Fragments filling each side of a gutter needed to believe in it, as a count and as a share of the page's. */
    private static final int MIN_FILLED = 6;
    private static final double MIN_SHARE = 0.3;

    /** Candidate gutter positions tried across the middle two fifths of the body (about a point apart on A4). */
    private static final int GUTTER_STEPS = 200;

    /** Column runs shorter than this are the wrapped cells of a full-width table, not columns. */
    private static final int MIN_BAND_LINES = 3;

    List<Region> regions(List<Line> lines, float left, float right) {
        float gutter = gutter(lines, left, right);
        if (Float.isNaN(gutter)) {
            return List.of(new Region(lines, left, right));
        }
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::top));
        for (int i = 0; i < sorted.size(); i++) {
            sorted.set(i, mergeJustified(sorted.get(i), gutter, left, right));
        }
        boolean[] column = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            column[i] = isColumnLine(sorted.get(i), gutter);
        }
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j < sorted.size() && column[j] == column[i]) {
                j++;
            }
            if (column[i] && (j - i < MIN_BAND_LINES || !columnText(sorted.subList(i, j), gutter, left, right))) {
                java.util.Arrays.fill(column, i, j, false);
            }
            i = j;
        }
        extendFullRuns(sorted, column, gutter, left, right);
        List<Region> out = new ArrayList<>();
        List<Line> full = new ArrayList<>();
        List<Line> leftCol = new ArrayList<>();
        List<Line> rightCol = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Line l = sorted.get(i);
            if (column[i]) {
                if (!full.isEmpty()) {
                    out.add(new Region(full, left, right));
                    full = new ArrayList<>();
                }
                List<Fragment> lf = l.fragments().stream().filter(f -> f.right() <= gutter).toList();
                List<Fragment> rf = l.fragments().stream().filter(f -> f.x() >= gutter).toList();
                if (!lf.isEmpty()) {
                    leftCol.add(new Line(l.page(), lf));
                }
                if (!rf.isEmpty()) {
                    rightCol.add(new Line(l.page(), rf));
                }
            } else {
                flushColumns(leftCol, rightCol, left, gutter, right, out);
                leftCol = new ArrayList<>();
                rightCol = new ArrayList<>();
                full.add(l);
            }
        }
        flushColumns(leftCol, rightCol, left, gutter, right, out);
        if (!full.isEmpty()) {
            out.add(new Region(full, left, right));
        }
        return out;
    }

    private static void flushColumns(List<Line> leftCol, List<Line> rightCol, float left, float gutter, float right,
                                     List<Region> out) {
        if (!leftCol.isEmpty()) {
            out.add(new Region(leftCol, left, columnRight(leftCol, gutter)));
        }
        if (!rightCol.isEmpty()) {
            out.add(new Region(rightCol, leftmost(rightCol), right));
        }
    }

    private static float columnRight(List<Line> lines, float gutter) {
        return (float) lines.stream().mapToDouble(Line::right).max().orElse(gutter);
    }

    private static float leftmost(List<Line> lines) {
        return (float) lines.stream().mapToDouble(Line::x).min().orElse(0);
    }

    /**
     * {@return the line with each side's fragments made one when they are a justified line of a narrow
     * column} Few spaces stretched to fill a column can be as wide as the gutter itself; fragments that
     * run from one edge of their column to the other, separated by near-equal gaps, are such a line.
     */
    static Line mergeJustified(Line l, float gutter, float left, float right) {
        List<Fragment> leftSide = l.fragments().stream().filter(f -> f.right() <= gutter).toList();
        List<Fragment> rightSide = l.fragments().stream().filter(f -> f.x() >= gutter).toList();
        if (leftSide.size() + rightSide.size() != l.fragments().size()
                || leftSide.size() < 2 && rightSide.size() < 2) {
            return l;
        }
        List<Fragment> merged = new ArrayList<>();
        merged.addAll(fillsColumn(leftSide, left, gutter) ? List.of(join(leftSide)) : leftSide);
        merged.addAll(fillsColumn(rightSide, gutter, right) ? List.of(join(rightSide)) : rightSide);
        return merged.size() == l.fragments().size() ? l : new Line(l.page(), merged);
    }

    private static boolean fillsColumn(List<Fragment> side, float from, float to) {
        if (side.size() < 2) {
            return false;
        }
        float em = side.get(0).fontSize();
        if (side.get(0).x() - from > 2 * em || to - side.get(side.size() - 1).right() > 2 * em) {
            return false;
        }
        float min = Float.MAX_VALUE;
        float max = 0;
        for (int i = 1; i < side.size(); i++) {
            float gap = side.get(i).x() - side.get(i - 1).right();
            min = Math.min(min, gap);
            max = Math.max(max, gap);
        }
        return side.size() == 2 || max <= 1.3f * min;
    }

    private static Fragment join(List<Fragment> side) {
        String text = String.join(" ", side.stream().map(Fragment::text).toList());
        float top = (float) side.stream().mapToDouble(Fragment::top).min().orElseThrow();
        float bottom = (float) side.stream().mapToDouble(Fragment::bottom).max().orElseThrow();
        float size = (float) side.stream().mapToDouble(Fragment::fontSize).max().orElseThrow();
        return new Fragment(text, side.get(0).x(), side.get(side.size() - 1).right(), top, bottom, size);
    }

    private static int startsRight(List<Fragment> fragments, float x) {
        int n = 0;
        for (Fragment f : fragments) {
            if (f.x() >= x && f.x() - x < 2 * f.fontSize()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A full-width table's rows whose cells leave the gutter free stay with it: column lines right
     * below or above a full-width table row (a line of several fragments), close to it and holding no
     * edge-to-edge column text, are full-width too. A one-fragment line across the gutter (a title
     * spanning the columns) takes nothing with it.
     */
    private static void extendFullRuns(List<Line> lines, boolean[] column, float gutter, float left, float right) {
        for (int i = 1; i < lines.size(); i++) {
            if (column[i] && !column[i - 1] && lines.get(i - 1).fragments().size() > 1
                    && close(lines.get(i - 1), lines.get(i))
                    && !columnText(List.of(lines.get(i)), gutter, left, right)) {
                column[i] = false;
            }
        }
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (column[i] && !column[i + 1] && lines.get(i + 1).fragments().size() > 1
                    && close(lines.get(i), lines.get(i + 1))
                    && !columnText(List.of(lines.get(i)), gutter, left, right)) {
                column[i] = false;
            }
        }
    }

    private static boolean close(Line upper, Line lower) {
        return lower.top() - upper.bottom() < 2.5f * Math.max(upper.fontSize(), lower.fontSize());
    }

    /**
     * {@return whether a run of lines that leave the gutter free reads as columns} At least two in five
     * of its lines hold column text running edge to edge on one side; a full-width table whose cells
     * happen to leave the gutter free has no such lines.
     */
    private static boolean columnText(List<Line> run, float gutter, float left, float right) {
        int filled = 0;
        for (Line l : run) {
            for (Fragment f : l.fragments()) {
                float em = f.fontSize();
                boolean leftFull = f.right() <= gutter && gutter - f.right() < 2 * em && f.x() - left < 2 * em;
                boolean rightFull = f.x() >= gutter && f.x() - gutter < 2 * em && right - f.right() < 2 * em;
                if (leftFull || rightFull) {
                    filled++;
                    break;
                }
            }
        }
        return filled * 5 >= run.size() * 2;
    }

    /** A column line has no fragment across the gutter (a table inside a column may put several on one side). */
    static boolean isColumnLine(Line l, float gutter) {
        return l.fragments().stream().noneMatch(f -> f.x() < gutter && f.right() > gutter);
    }

    /**
     * {@return the x of the page's gutter, or NaN when the page has one column} The gutter is where the
     * most fragments run from the left edge up to it and the most run from it to the right edge (the
     * two sides of justified column text; their lines need not share baselines), counting the smaller
     * side, with no more fragments crossing it than filling either side.
     */
    static float gutter(List<Line> lines, float left, float right) {
        List<Fragment> fragments = lines.stream().flatMap(l -> l.fragments().stream()).toList();
        float width = right - left;
        float best = Float.NaN;
        int bestFilled = 0;
        if (!Float.isFinite(width) || width <= 0) {
            return Float.NaN; // a page with absurd coordinates has no columns to find
        }
        // A fixed number of candidate positions: a point-by-point walk never ends on a page whose
        // coordinates are huge (x += 1 stops changing x past 2^24), as a fuzzed PDF showed.
        int steps = GUTTER_STEPS;
        for (int step = 0; step <= steps; step++) {
            float x = left + (0.3f + 0.4f * step / steps) * width;
            int leftFilled = 0;
            int rightFilled = 0;
            int crossing = 0;
            for (Fragment f : fragments) {
                float em = f.fontSize();
                if (f.x() < x && f.right() > x) {
                    crossing++;
                } else if (f.right() <= x && x - f.right() < 2 * em && f.x() - left < 2 * em) {
                    leftFilled++;
                } else if (f.x() >= x && f.x() - x < 2 * em && right - f.right() < 2 * em) {
                    rightFilled++;
                }
            }
            // a column of tables or figures fills its side less: count the fuller side, but need both
            int filled = Math.max(leftFilled, rightFilled);
            int other = leftFilled >= rightFilled ? startsRight(fragments, x) : leftFilled;
            if (filled > bestFilled && other >= MIN_FILLED && crossing < filled) {
                bestFilled = filled;
                best = x;
            }
        }
        return bestFilled >= MIN_FILLED && bestFilled >= MIN_SHARE * fragments.size() / 2 ? best : Float.NaN;
    }
}
