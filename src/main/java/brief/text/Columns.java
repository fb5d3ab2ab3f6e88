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

    /** Lines filling both sides of a gutter needed to believe in it, as a count and as a share of the page. */
    private static final int MIN_FILLED = 6;
    private static final double MIN_SHARE = 0.3;

    List<Region> regions(List<Line> lines, float left, float right) {
        float gutter = gutter(lines, left, right);
        if (Float.isNaN(gutter)) {
            return List.of(new Region(lines, left, right));
        }
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::top));
        List<Region> out = new ArrayList<>();
        List<Line> full = new ArrayList<>();
        List<Line> leftCol = new ArrayList<>();
        List<Line> rightCol = new ArrayList<>();
        float leftEdge = left;
        float rightEdge = right;
        for (Line l : sorted) {
            if (isColumnLine(l, gutter)) {
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
        flushColumns(leftCol, rightCol, leftEdge, gutter, rightEdge, out);
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

    /** A column line has at most one fragment on each side of the gutter and none across it. */
    static boolean isColumnLine(Line l, float gutter) {
        int leftCount = 0;
        int rightCount = 0;
        for (Fragment f : l.fragments()) {
            if (f.right() <= gutter) {
                leftCount++;
            } else if (f.x() >= gutter) {
                rightCount++;
            } else {
                return false;
            }
        }
        return leftCount <= 1 && rightCount <= 1;
    }

    /** {@return the x of the page's gutter, or NaN when the page has one column} */
    static float gutter(List<Line> lines, float left, float right) {
        float width = right - left;
        float best = Float.NaN;
        int bestFilled = 0;
        for (float x = left + 0.3f * width; x <= left + 0.7f * width; x += 1f) {
            int filled = 0;
            for (Line l : lines) {
                if (fillsBothSides(l, x, left, right)) {
                    filled++;
                }
            }
            if (filled > bestFilled) {
                bestFilled = filled;
                best = x;
            }
        }
        return bestFilled >= MIN_FILLED && bestFilled >= MIN_SHARE * lines.size() ? best : Float.NaN;
    }

    /** Two fragments, one running from near the left edge up to near {@code x}, one from near {@code x} on. */
    private static boolean fillsBothSides(Line l, float x, float left, float right) {
        if (l.fragments().size() != 2) {
            return false;
        }
        Fragment a = l.fragments().get(0);
        Fragment b = l.fragments().get(1);
        float em = Math.max(a.fontSize(), b.fontSize());
        return a.right() <= x && b.x() >= x
                && a.x() - left < 2 * em && x - a.right() < 2 * em
                && b.x() - x < 2 * em && right - b.right() < 2 * em;
    }
}
