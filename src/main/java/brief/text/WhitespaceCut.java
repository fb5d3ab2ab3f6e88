package brief.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Segments the body lines of one page into blocks by its whitespace, before columns and tables are
 * decided: a recursive XY-cut. The lines are parted into bands by clear horizontal whitespace; the
 * longest run of bands that leaves a common band of whitespace free from top to bottom is cut there
 * when the two sides read as separate blocks — both hold running text (the two pages of a spread,
 * side-by-side text boxes, two columns; running text is never a table, however its rows line up), or
 * their lines do not share rows (a sidebar beside a body, axis ticks beside a table), or each side holds a
 * table found by its rulings (two tables side by side, with their notes), or one side is a
 * single line set much larger (a title beside its lead). Sides of short lines that share rows are the
 * columns of one table and stay together. Each side is segmented again; bands where nothing was cut
 * stay together, so a page without side-by-side blocks is one region, exactly as given, for
 * {@link Columns} to read.
 */
final class WhitespaceCut {

    /** Whitespace narrower than this (em) is a word space stretched by justification, not a cut. */
    static final float MIN_CUT = 1.2f;
    /** Characters (no spaces) of a fragment that is running text rather than a cell, a label or a tick. */
    static final int PROSE_CHARS = 16;
    private static final int MAX_DEPTH = 40;
    /** Lines of a title block (title, its wraps, a subtitle) beside the text it heads. */
    private static final int MAX_TITLE_LINES = 3;

    /** {@return the page's blocks in reading order, left before right, top before bottom} */
    List<Columns.Region> regions(List<Line> lines, float left, float right) {
        return regions(lines, left, right, List.of());
    }

    /**
     * {@return the page's blocks in reading order} The page's {@link Frames frames} are evidence too:
     * sides whose lines sit in different frames are different blocks (the panels of a figure, text
     * boxes side by side), however their rows line up.
     */
    List<Columns.Region> regions(List<Line> lines, float left, float right, List<Frames.Frame> frames) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::top).thenComparingDouble(Line::x));
        Cut cut = cut(sorted, 0, frames);
        if (!cut.split()) {
            return List.of(new Columns.Region(sorted, left, right));
        }
        return cut.regions();
    }

    /** The regions of a part of the page, and whether any vertical cut was made inside it. */
    private record Cut(List<Columns.Region> regions, boolean split) {
    }

    private static Cut cut(List<Line> lines, int depth, List<Frames.Frame> frames) {
        if (depth > MAX_DEPTH || lines.size() < 2) {
            return whole(lines);
        }
        float em = LayoutAnalyzer.bodyFontSize(lines);
        float left = (float) lines.stream().mapToDouble(Line::x).min().orElseThrow();
        float right = (float) lines.stream().mapToDouble(Line::right).max().orElseThrow();
        List<List<Line>> bands = bands(lines);
        List<Columns.Region> out = new ArrayList<>();
        List<Line> uncut = new ArrayList<>();
        boolean split = false;
        int i = 0;
        while (i < bands.size()) {
            // the longest run of bands from i that leave a common band of whitespace free with text on
            // both sides of it (a margin beside the run is free too, but parts nothing)
            List<float[]> free = free(bands.get(i), left, right, em);
            int j = i + 1;
            int end = i + 1;
            float[] gap = widestParting(free, bands.subList(i, j));
            while (j < bands.size()) {
                List<float[]> next = intersect(free, free(bands.get(j), left, right, em), em);
                if (next.isEmpty()) {
                    break;
                }
                free = next;
                j++;
                float[] parting = widestParting(free, bands.subList(i, j));
                if (parting.length > 0) {
                    gap = parting;
                    end = j;
                }
            }
            j = headingAfter(bands, i, end, gap);
            List<Line> group = bands.subList(i, j).stream().flatMap(List::stream).toList();
            if (gap.length == 0 || !separates(group, gap, frames)) {
                uncut.addAll(bands.get(i));
                i++;
                continue;
            }
            if (!uncut.isEmpty()) {
                out.addAll(whole(uncut).regions());
                uncut = new ArrayList<>();
            }
            float at = (gap[0] + gap[1]) / 2;
            List<Line> leftSide = new ArrayList<>();
            List<Line> rightSide = new ArrayList<>();
            for (Line l : group) {
                side(l, at, true).ifPresent(leftSide::add);
                side(l, at, false).ifPresent(rightSide::add);
            }
            // left before right, unless the right side ends above the left one's start (a date line over an imprint)
            boolean rightFirst = bottom(rightSide) < top(leftSide);
            out.addAll(cut(rightFirst ? rightSide : leftSide, depth + 1, frames).regions());
            out.addAll(cut(rightFirst ? leftSide : rightSide, depth + 1, frames).regions());
            split = true;
            i = j;
        }
        if (!split) {
            return whole(lines);
        }
        if (!uncut.isEmpty()) {
            out.addAll(whole(uncut).regions());
        }
        return new Cut(out, true);
    }

    /**
     * {@return where a run of side-by-side bands ends, without a heading of what follows it} The free
     * strip may run on through a short heading that stands on one side (kyobo's {@code 펀드 개요}, under its
     * returns table and at the left margin) until the full-width table the heading opens closes the run.
     * One short line on one side, set off from the run by more than its own height and followed by a band
     * across the strip, goes with that band, after both sides. Lines on one side that follow at the line
     * pitch, or that are running text, are the end of a longer column and stay.
     */
    static int headingAfter(List<List<Line>> bands, int from, int end, float[] gap) {
        if (gap.length == 0 || end >= bands.size() || end - 1 <= from || !across(bands.get(end), gap)) {
            return end;
        }
        List<Line> last = bands.get(end - 1);
        List<Line> before = bands.get(end - 2);
        if (last.size() != 1 || !oneSided(last, gap) || oneSided(before, gap)
                || last.get(0).fragments().stream().anyMatch(f -> f.text().replace(" ", "").length() >= PROSE_CHARS)) {
            return end;
        }
        Line heading = last.get(0);
        return heading.top() - bottom(before) > heading.bottom() - heading.top() ? end - 1 : end;
    }

    private static boolean oneSided(List<Line> band, float[] gap) {
        boolean left = false, right = false;
        for (Line l : band) {
            for (Fragment f : l.fragments()) {
                left |= f.right() <= gap[0] + 0.01f;
                right |= f.x() >= gap[1] - 0.01f;
            }
        }
        return left != right;
    }

    private static boolean across(List<Line> band, float[] gap) {
        return band.stream().flatMap(l -> l.fragments().stream()).anyMatch(f -> f.x() < gap[1] && f.right() > gap[0]);
    }

    private static float top(List<Line> lines) {
        return (float) lines.stream().mapToDouble(Line::top).min().orElseThrow();
    }

    private static float bottom(List<Line> lines) {
        return (float) lines.stream().mapToDouble(Line::bottom).max().orElseThrow();
    }

    /** {@return the lines in runs parted by clear horizontal whitespace, top to bottom} */
    private static List<List<Line>> bands(List<Line> lines) {
        List<List<Line>> bands = new ArrayList<>();
        List<Line> band = new ArrayList<>();
        float bottom = -Float.MAX_VALUE;
        for (Line l : lines) {
            if (!band.isEmpty() && l.top() > bottom) {
                bands.add(band);
                band = new ArrayList<>();
            }
            band.add(l);
            bottom = Math.max(bottom, l.bottom());
        }
        bands.add(band);
        return bands;
    }

    /** {@return the x intervals inside (left, right) that no fragment of the band covers, at least the minimum cut wide} */
    private static List<float[]> free(List<Line> band, float left, float right, float em) {
        List<float[]> spans = new ArrayList<>();
        for (Line l : band) {
            for (Fragment f : l.fragments()) {
                spans.add(new float[] {f.x(), f.right()});
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<float[]> out = new ArrayList<>();
        float reach = left;
        for (float[] s : spans) {
            if (s[0] - reach >= MIN_CUT * em) {
                out.add(new float[] {reach, s[0]});
            }
            reach = Math.max(reach, s[1]);
        }
        if (right - reach >= MIN_CUT * em) {
            out.add(new float[] {reach, right});
        }
        return out;
    }

    private static List<float[]> intersect(List<float[]> a, List<float[]> b, float em) {
        List<float[]> out = new ArrayList<>();
        for (float[] x : a) {
            for (float[] y : b) {
                float from = Math.max(x[0], y[0]);
                float to = Math.min(x[1], y[1]);
                if (to - from >= MIN_CUT * em) {
                    out.add(new float[] {from, to});
                }
            }
        }
        return out;
    }

    /** {@return the widest free range with a fragment of the bands wholly on each side, or an empty array} */
    private static float[] widestParting(List<float[]> free, List<List<Line>> bands) {
        float[] best = new float[0];
        for (float[] f : free) {
            boolean leftOf = false;
            boolean rightOf = false;
            for (List<Line> band : bands) {
                for (Line l : band) {
                    for (Fragment g : l.fragments()) {
                        leftOf |= g.right() <= f[0] + 0.01f;
                        rightOf |= g.x() >= f[1] - 0.01f;
                    }
                }
            }
            if (leftOf && rightOf && (best.length == 0 || f[1] - f[0] > best[1] - best[0])) {
                best = f;
            }
        }
        return best;
    }

    private static Cut whole(List<Line> lines) {
        if (lines.isEmpty()) {
            return new Cut(List.of(), false);
        }
        float l = (float) lines.stream().mapToDouble(Line::x).min().orElseThrow();
        float r = (float) lines.stream().mapToDouble(Line::right).max().orElseThrow();
        return new Cut(List.of(new Columns.Region(lines, l, r)), false);
    }

    /** {@return the line's fragments on one side of x, as a line (the same line when all are there)} */
    private static java.util.Optional<Line> side(Line l, float x, boolean left) {
        List<Fragment> kept = l.fragments().stream().filter(f -> left ? f.right() <= x : f.x() >= x).toList();
        if (kept.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(kept.size() == l.fragments().size() ? l : new Line(l.page(), kept));
    }

    /** Both sides running text, sides framed apart, or sides whose lines do not stand in shared rows. */
    private static boolean separates(List<Line> lines, float[] gap, List<Frames.Frame> frames) {
        List<Line> leftSide = new ArrayList<>();
        List<Line> rightSide = new ArrayList<>();
        for (Line l : lines) {
            side(l, gap[0] + 0.01f, true).ifPresent(leftSide::add);
            side(l, gap[1] - 0.01f, false).ifPresent(rightSide::add);
        }
        if (leftSide.isEmpty() || rightSide.isEmpty()) {
            return false;
        }
        if (prose(leftSide) && prose(rightSide) || framedApart(leftSide, rightSide, frames)
                || ruledTable(leftSide) && ruledTable(rightSide)) {
            return true;
        }
        List<Line> fewer = leftSide.size() <= rightSide.size() ? leftSide : rightSide;
        List<Line> more = fewer == leftSide ? rightSide : leftSide;
        // a title set larger beside a block (with its subtitle, wrapped over up to three lines) is a block
        // of its own, however the text beside it lines up with it; one line of body size may be a cell
        boolean display = fewer.stream().anyMatch(l -> l.fontSize() > 1.3f * more.stream().mapToDouble(Line::fontSize).max().orElseThrow());
        if (fewer.size() < 2 || display && fewer.size() <= MAX_TITLE_LINES) {
            return display;
        }
        long shared = fewer.stream().filter(a -> more.stream().anyMatch(b -> sameRow(a, b))).count();
        return shared * 2 < fewer.size();
    }

    /**
     * {@return whether at least two lines hold running text and it sets two in five of the side's
     * characters} Counted in characters, so a chart's many short tick labels do not outvote a text box.
     */
    static boolean prose(List<Line> side) {
        int lines = 0;
        int proseChars = 0;
        int chars = 0;
        for (Line l : side) {
            boolean any = false;
            for (Fragment f : l.fragments()) {
                int n = f.text().replace(" ", "").length();
                chars += n;
                if (n >= PROSE_CHARS) {
                    proseChars += n;
                    any = true;
                }
            }
            lines += any ? 1 : 0;
        }
        return lines >= 2 && proseChars * 5 >= chars * 2;
    }

    /**
     * {@return whether every fragment of both sides lies in a frame and no frame is the innermost one
     * of fragments on both sides} Loose lines beside a box (a bill's number box beside its sponsors) are
     * left to the other evidence: a box and the page around it are read as the page lays them out.
     */
    static boolean framedApart(List<Line> leftSide, List<Line> rightSide, List<Frames.Frame> frames) {
        if (frames.isEmpty()) {
            return false;
        }
        java.util.Set<java.util.Optional<Frames.Frame>> leftHomes = new java.util.HashSet<>();
        leftSide.forEach(l -> l.fragments().forEach(f -> leftHomes.add(Frames.innermost(f, frames))));
        java.util.Set<java.util.Optional<Frames.Frame>> rightHomes = new java.util.HashSet<>();
        rightSide.forEach(l -> l.fragments().forEach(f -> rightHomes.add(Frames.innermost(f, frames))));
        if (leftHomes.contains(java.util.Optional.<Frames.Frame>empty())
                || rightHomes.contains(java.util.Optional.<Frames.Frame>empty())) {
            return false;
        }
        leftHomes.retainAll(rightHomes);
        return leftHomes.isEmpty();
    }

    /**
     * {@return whether the side holds a table found by its rulings} Each ruled table is whole in itself, so
     * two of them side by side are two blocks, and the notes and headings in line with them go with their
     * own table's side (kyobo's returns table beside its portfolio tables, the notes under each sharing
     * rows with the other's).
     */
    static boolean ruledTable(List<Line> side) {
        return side.stream().anyMatch(l -> l.fragments().size() == 1
                && l.fragments().get(0).text().equals(LayoutAnalyzer.TABLE_MARK));
    }

    private static boolean sameRow(Line a, Line b) {
        float overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return overlap > 0.5f * Math.min(a.bottom() - a.top(), b.bottom() - b.top());
    }
}
