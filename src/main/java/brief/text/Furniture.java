package brief.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes page furniture out of the lines of a document, by position and repetition, never by a list of
 * strings: lines wholly outside the body's horizontal extent (a sidebar, a margin page number), where they are
 * the lesser part of their page's text,
 * stacks of one- or two-letter lines (vertical text set upright), page numbers in the top or bottom
 * margin band (arabic or roman, bare or as {@code - 3 -}, {@code 3 / 9}), and lines in those bands whose text (digits masked) recurs on other pages (running
 * headers and footers).
 */
public final class Furniture {

    /** A roman numeral up to 39 (front matter is numbered i, ii, iii …), matched case-insensitively. */
    private static final String ROMAN = "(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})";
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-–—]\\s*)?(?:p\\.?\\s*|page\\s*)?(?:\\d{1,4}(?:\\s*[/|]\\s*\\d{1,4})?|" + ROMAN + ")(?:\\s*[-–—])?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Share of the page height, at top and bottom, where headers, footers and page numbers live. */
    private static final float BAND = 0.09f;

    /** The lines of a document parted into body (in the order given) and the text of its furniture. */
    public record Split(List<Line> body, List<String> furniture) {
        public Split {
            body = List.copyOf(body);
            furniture = List.copyOf(furniture);
        }
    }

    /**
     * {@return the body lines and the furniture's text}
     *
     * @param pageHeights the height of each page in points, by page number (1-based, index 0 unused)
     */
    public Split split(List<Line> lines, float[] pageHeights) {
        float[] extent = bodyExtent(lines);
        Map<String, Set<Integer>> bandTexts = new HashMap<>();
        for (Line l : lines) {
            if (inBand(l, pageHeights)) {
                bandTexts.computeIfAbsent(mask(l.text()), k -> new HashSet<>()).add(l.page());
            }
        }
        int pageCount = pageHeights.length - 1;
        Set<Line> stacks = verticalStacks(lines);
        // a page whose text lies mostly outside the body's extent shows that the extent is wrong there (a
        // centred title the only line long enough to set it, the body's short lines to its left): furniture
        // is the lesser part of a page, so nothing is taken out as outside on such a page
        Map<Integer, int[]> outsideShare = new HashMap<>(); // page -> {characters outside, characters}
        for (Line l : lines) {
            int[] counts = outsideShare.computeIfAbsent(l.page(), k -> new int[2]);
            for (Fragment f : l.fragments()) {
                counts[1] += f.text().length();
                if (outside(f, extent)) {
                    counts[0] += f.text().length();
                }
            }
        }
        List<Line> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Line l : lines) {
            boolean repeated = inBand(l, pageHeights) && pageCount > 1
                    && bandTexts.getOrDefault(mask(l.text()), Set.of()).size() >= Math.max(2, (pageCount + 1) / 2);
            if (repeated || stacks.contains(l)) {
                removed.add(l.text());
                continue;
            }
            List<Fragment> kept = new ArrayList<>();
            for (Fragment f : l.fragments()) {
                int[] share = outsideShare.get(l.page());
                boolean outside = outside(f, extent) && 2 * share[0] < share[1];
                boolean number = PAGE_NUMBER.matcher(f.text()).matches()
                        && (inBand(l, pageHeights) || outside);
                if (!outside && !number) {
                    kept.add(f);
                } else {
                    removed.add(f.text());
                }
            }
            if (!kept.isEmpty()) {
                out.add(kept.size() == l.fragments().size() ? l : new Line(l.page(), kept));
            }
        }
        return new Split(out, removed);
    }

    /** {@return whether the fragment lies wholly left or right of the body's extent, by more than its em} */
    private static boolean outside(Fragment f, float[] extent) {
        float em = f.fontSize();
        return f.right() < extent[0] - em || f.x() > extent[1] + em;
    }

    /** {@return [left, right] of the body: the span of lines long enough to be running text} */
    static float[] bodyExtent(List<Line> lines) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Line l : lines) {
            for (Fragment f : l.fragments()) {
                if (f.text().length() >= 20) {
                    left = Math.min(left, f.x());
                    right = Math.max(right, f.right());
                }
            }
        }
        return left > right ? new float[] {-Float.MAX_VALUE, Float.MAX_VALUE} : new float[] {left, right};
    }

    private static boolean inBand(Line l, float[] pageHeights) {
        float h = pageHeights[l.page()];
        return l.bottom() < BAND * h || l.top() > (1 - BAND) * h;
    }

    private static String mask(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /**
     * Runs of at least four consecutive short lines at the same x, each close under the one before:
     * upright vertical text, whose lines follow at about one character's height. A form's column of short
     * labels (제목, 감독, 출연, …) stands at a table row's pitch, farther apart, and stays.
     */
    private static Set<Line> verticalStacks(List<Line> lines) {
        Set<Line> out = new HashSet<>();
        // by page, as a stack stands on one: the short lines of the whole document for each one made a long
        // document cost the square of its short lines
        Map<Integer, List<Line>> shortLines = lines.stream()
                .filter(l -> l.fragments().size() == 1 && l.text().replace(" ", "").length() <= 2)
                .collect(Collectors.groupingBy(Line::page));
        for (List<Line> page : shortLines.values()) {
            verticalStacks(page, out);
        }
        return out;
    }

    private static void verticalStacks(List<Line> page, Set<Line> out) {
        // top to bottom once, so that each seed's column comes out in that order
        List<Line> shortLines = new ArrayList<>(page);
        shortLines.sort(java.util.Comparator.comparingDouble(Line::top));
        for (Line seed : shortLines) {
            List<Line> column = new ArrayList<>();
            for (Line l : shortLines) {
                if (Math.abs(l.x() - seed.x()) < seed.fontSize()) {
                    column.add(l);
                }
            }
            int at = column.indexOf(seed);
            int first = at;
            while (first > 0 && closeUnder(column.get(first - 1), column.get(first))) {
                first--;
            }
            int last = at;
            while (last < column.size() - 1 && closeUnder(column.get(last), column.get(last + 1))) {
                last++;
            }
            if (last - first + 1 >= 4) {
                out.addAll(column.subList(first, last + 1));
            }
        }
    }

    /** Upright text's lines follow at most about one and a half characters apart, top to top. */
    private static final float STACK_PITCH = 1.6f;

    private static boolean closeUnder(Line above, Line below) {
        float em = Math.max(above.fontSize(), below.fontSize());
        return below.top() - above.top() <= STACK_PITCH * em;
    }
}
