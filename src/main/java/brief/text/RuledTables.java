package brief.text;

import brief.pdf.Glyph;
import brief.pdf.RawPage;
import brief.pdf.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tables read from their ruling lines. Rules that cross or touch form a grid; with two or more
 * vertical rules its columns are the vertical rules inside it. Horizontal rules with no verticals
 * (the usual HTML and report style: a rule under every row) are stacked by their common extent, and
 * the columns come from the text: x ranges that no word of any row reaches. A stack is cut where a
 * band's text runs across every such range (a note or caption between two tables). Glyphs go to
 * cells by their centre, so a line of text that crosses a cell border is split there; each cell's
 * lines are built like any other lines. A cell that spans columns (no rule between them and its text
 * running across) or rows (no rule under it) gives its text once, in its first row and column.
 * A grid needs two rows and two columns with text, or one row of short cells (a boxed label beside its
 * value); anything less (a frame, a chart's axes) stays with the page's other glyphs.
 */
public final class RuledTables {

    /** A table found on a page, its box (page points, y down) and its body font size. */
    public record Found(float left, float top, float right, float bottom, float fontSize, Block.Table table) {}

    /** The tables of a page and the page without their glyphs. */
    public record Split(RawPage rest, List<Found> tables) {
        public Split {
            tables = List.copyOf(tables);
        }
    }

    /** Rules this close (points) are one line, or touch. */
    private static final float TOLERANCE = 2f;
    /** Two words of a cell are at most this far apart (em); cells of a row at least this far. */
    private static final float CELL_GAP = 0.6f;
    /** Lines in a cell of a one-row table that is a label and its value. */
    static final int MAX_LABEL_LINES = 3;

    private final LineBuilder lineBuilder = new LineBuilder();

    /** {@return the ruled tables of {@code page} and what remains of it} */
    public Split split(RawPage page) {
        List<Rule> hs = page.rules().stream().filter(Rule::horizontal).toList();
        List<Rule> vs = page.rules().stream().filter(r -> !r.horizontal()).toList();
        List<Glyph> glyphs = page.glyphs().stream().filter(g -> g.direction() == 0).toList();
        List<Found> found = new ArrayList<>();
        List<Rule> loose = new ArrayList<>();
        for (List<Rule> component : components(hs, vs)) {
            List<Rule> ch = component.stream().filter(Rule::horizontal).toList();
            List<Rule> cv = component.stream().filter(r -> !r.horizontal()).toList();
            if (ch.size() >= 2 && cv.size() >= 2) {
                grid(page, ch, cv, glyphs, withEdges(rows(ch), cv)).ifPresent(found::add);
            } else {
                loose.addAll(ch);
            }
        }
        for (List<Rule> stack : stacks(loose)) {
            found.addAll(unruledColumns(page, stack, glyphs));
        }
        // a table drawn inside a cell of another (a review form's list of requirements in its 검토내용 cell)
        // is read with that cell, which holds its words; read again on its own, its text came out twice
        List<Found> nested = found.stream().filter(t -> found.stream().anyMatch(o -> o != t && encloses(o, t))).toList();
        found.removeAll(nested);
        List<Glyph> rest = page.glyphs().stream().filter(g -> found.stream().noneMatch(t -> inside(g, t))).toList();
        found.sort(Comparator.comparingDouble(Found::top));
        return new Split(new RawPage(page.number(), page.width(), page.height(), rest, page.rules()), found);
    }

    /** {@return whether {@code outer}'s box holds {@code inner}'s (within a point), and is larger} */
    private static boolean encloses(Found outer, Found inner) {
        float tolerance = 1;
        return inner.left() >= outer.left() - tolerance && inner.right() <= outer.right() + tolerance
                && inner.top() >= outer.top() - tolerance && inner.bottom() <= outer.bottom() + tolerance
                && (outer.right() - outer.left()) * (outer.bottom() - outer.top())
                        > (inner.right() - inner.left()) * (inner.bottom() - inner.top());
    }

    private static boolean inside(Glyph g, Found t) {
        float cx = g.x() + g.width() / 2;
        float cy = g.baseline() - g.height() / 2;
        return g.direction() == 0 && cx >= t.left() && cx <= t.right() && cy >= t.top() && cy <= t.bottom();
    }

    /** Rules connected through crossings, horizontal with vertical. */
    static List<List<Rule>> components(List<Rule> hs, List<Rule> vs) {
        List<Rule> all = new ArrayList<>(hs);
        all.addAll(vs);
        int[] parent = new int[all.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < hs.size(); i++) {
            for (int j = 0; j < vs.size(); j++) {
                if (touch(hs.get(i), vs.get(j))) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        List<List<Rule>> out = new ArrayList<>();
        int[] slot = new int[all.size()];
        Arrays.fill(slot, -1);
        for (int i = 0; i < all.size(); i++) {
            int root = find(parent, i);
            if (slot[root] < 0) {
                slot[root] = out.size();
                out.add(new ArrayList<>());
            }
            out.get(slot[root]).add(all.get(i));
        }
        return out;
    }

    private static boolean touch(Rule h, Rule v) {
        return v.x0() >= h.x0() - TOLERANCE && v.x0() <= h.x1() + TOLERANCE
                && h.y0() >= v.y0() - TOLERANCE && h.y0() <= v.y1() + TOLERANCE;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Horizontal rules with the same left and right ends, top to bottom. */
    static List<List<Rule>> stacks(List<Rule> hs) {
        List<List<Rule>> out = new ArrayList<>();
        List<Rule> sorted = new ArrayList<>(hs);
        sorted.sort(Comparator.comparingDouble(Rule::y0));
        for (Rule h : sorted) {
            List<Rule> home = out.stream()
                    .filter(s -> Math.abs(s.get(0).x0() - h.x0()) <= TOLERANCE && Math.abs(s.get(0).x1() - h.x1()) <= TOLERANCE)
                    .findFirst().orElse(null);
            if (home == null) {
                out.add(new ArrayList<>(List.of(h)));
            } else {
                home.add(h);
            }
        }
        return out.stream().filter(s -> s.size() >= 3).toList();
    }

    /** {@return the distinct y of the horizontal rules, top to bottom} */
    private static float[] rows(List<Rule> hs) {
        return distinct(hs.stream().map(Rule::y0).toList());
    }

    /**
     * {@return the rows' bounds, with a row more above or below where the vertical rules run on past
     * the outermost horizontal rule and end together} A grid's edge need not be ruled: the first row
     * under a filled header box, or a last row left open, is bounded by where its verticals end. At
     * least two verticals must end there, and no farther out than two of the grid's tallest rows, so a
     * column rule of the page running past a table does not stretch it.
     */
    static float[] withEdges(float[] ys, List<Rule> vs) {
        if (ys.length < 2) {
            return ys;
        }
        float rowMax = 0;
        for (int i = 1; i < ys.length; i++) {
            rowMax = Math.max(rowMax, ys[i] - ys[i - 1]);
        }
        float tallest = rowMax;
        List<Float> out = new ArrayList<>();
        edge(vs.stream().map(Rule::y0).filter(y -> y < ys[0] - TOLERANCE && y >= ys[0] - 2 * tallest).toList(), true)
                .ifPresent(out::add);
        for (float y : ys) {
            out.add(y);
        }
        edge(vs.stream().map(Rule::y1).filter(y -> y > ys[ys.length - 1] + TOLERANCE && y <= ys[ys.length - 1] + 2 * tallest).toList(), false)
                .ifPresent(out::add);
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** {@return the outermost end shared (within the tolerance) by at least two of {@code ends}} */
    private static Optional<Float> edge(List<Float> ends, boolean top) {
        Optional<Float> best = Optional.empty();
        for (float e : ends) {
            long sharing = ends.stream().filter(o -> Math.abs(o - e) <= TOLERANCE).count();
            if (sharing >= 2 && (best.isEmpty() || (top ? e < best.get() : e > best.get()))) {
                best = Optional.of(e);
            }
        }
        return best;
    }

    private static float[] distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > TOLERANCE) {
                out.add(v);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** A grid with vertical rules: columns at the verticals inside it, or from the text when there are none. */
    private Optional<Found> grid(RawPage page, List<Rule> hs, List<Rule> vs, List<Glyph> glyphs, float[] ys) {
        float left = (float) hs.stream().mapToDouble(Rule::x0).min().orElseThrow();
        float right = (float) hs.stream().mapToDouble(Rule::x1).max().orElseThrow();
        List<Float> inner = vs.stream().map(Rule::x0).filter(x -> x > left + TOLERANCE && x < right - TOLERANCE).toList();
        if (inner.isEmpty()) {
            List<Found> t = columnsFromText(page, hs, glyphs, ys, left, right);
            return t.isEmpty() ? Optional.empty() : Optional.of(t.get(0));
        }
        float[] d = distinct(inner);
        float[] xs = new float[d.length + 2];
        xs[0] = left;
        System.arraycopy(d, 0, xs, 1, d.length);
        xs[xs.length - 1] = right;
        return build(page, hs, vs, glyphs, xs, ys);
    }

    private List<Found> unruledColumns(RawPage page, List<Rule> stack, List<Glyph> glyphs) {
        float left = (float) stack.stream().mapToDouble(Rule::x0).min().orElseThrow();
        float right = (float) stack.stream().mapToDouble(Rule::x1).max().orElseThrow();
        return columnsFromText(page, stack, glyphs, rows(stack), left, right);
    }

    /**
     * Bands between horizontal rules read top to bottom; each band's free x ranges (no word there) are
     * intersected with the table's so far; a band that leaves no free range inside the table ends it.
     */
    private List<Found> columnsFromText(RawPage page, List<Rule> hs, List<Glyph> glyphs, float[] ys,
                                        float left, float right) {
        List<Found> out = new ArrayList<>();
        List<float[]> gaps = List.of(); // the table's column gaps so far; empty while no table is open
        int start = -1;
        int lastText = -1;
        for (int b = 0; b + 1 < ys.length; b++) {
            List<Glyph> band = inBox(glyphs, left, ys[b], right, ys[b + 1]);
            if (band.isEmpty()) {
                continue;
            }
            List<float[]> own = freeRanges(band, left, right);
            if (!gaps.isEmpty()) {
                List<float[]> both = interior(intersect(gaps, own), left, right);
                if (!both.isEmpty()) {
                    gaps = both;
                    lastText = b;
                    continue;
                }
                if (lastText > start) {
                    columns(page, hs, glyphs, ys, start, lastText, gaps, left, right).ifPresent(out::add);
                }
            }
            gaps = interior(own, left, right);
            start = b;
            lastText = b;
        }
        if (!gaps.isEmpty() && lastText > start) {
            columns(page, hs, glyphs, ys, start, lastText, gaps, left, right).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Found> columns(RawPage page, List<Rule> hs, List<Glyph> glyphs, float[] ys, int first,
                                              int last, List<float[]> gaps, float left, float right) {
        List<float[]> inner = interior(gaps, left, right);
        float[] xs = new float[inner.size() + 2];
        xs[0] = left;
        for (int i = 0; i < inner.size(); i++) {
            xs[i + 1] = (inner.get(i)[0] + inner.get(i)[1]) / 2;
        }
        xs[xs.length - 1] = right;
        return build(page, hs, List.of(), glyphs, xs, Arrays.copyOfRange(ys, first, last + 2));
    }

    /** {@return the x ranges within [left, right] that no run of words in the band covers} */
    static List<float[]> freeRanges(List<Glyph> band, float left, float right) {
        List<Glyph> sorted = new ArrayList<>(band);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        List<float[]> runs = new ArrayList<>();
        for (Glyph g : sorted) {
            float[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && g.x() - last[1] < CELL_GAP * g.fontSize()) {
                last[1] = Math.max(last[1], g.right());
            } else {
                runs.add(new float[] {g.x(), g.right()});
            }
        }
        List<float[]> free = new ArrayList<>();
        float at = left;
        for (float[] r : runs) {
            if (r[0] > at) {
                free.add(new float[] {at, r[0]});
            }
            at = Math.max(at, r[1]);
        }
        if (at < right) {
            free.add(new float[] {at, right});
        }
        return free;
    }

    private static List<float[]> intersect(List<float[]> a, List<float[]> b) {
        List<float[]> out = new ArrayList<>();
        for (float[] x : a) {
            for (float[] y : b) {
                float lo = Math.max(x[0], y[0]);
                float hi = Math.min(x[1], y[1]);
                if (hi > lo) {
                    out.add(new float[] {lo, hi});
                }
            }
        }
        return out;
    }

    /** Free ranges that touch neither edge: the gaps between columns. */
    private static List<float[]> interior(List<float[]> free, float left, float right) {
        return free.stream().filter(r -> r[0] > left + 0.01f && r[1] < right - 0.01f).toList();
    }

    private static List<Glyph> inBox(List<Glyph> glyphs, float left, float top, float right, float bottom) {
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : glyphs) {
            float cx = g.x() + g.width() / 2;
            float cy = g.baseline() - g.height() / 2;
            if (!g.isBlank() && cx >= left && cx <= right && cy >= top && cy <= bottom) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Glyphs to the cells between {@code xs} and {@code ys}. Neighbour cells merge where no rule parts
     * them: across a missing vertical only when a run of words crosses it, down a missing horizontal always.
     */
    private Optional<Found> build(RawPage page, List<Rule> hs, List<Rule> vs, List<Glyph> glyphs,
                                            float[] xs, float[] ys) {
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if (rows < 1 || cols < 2) {
            return Optional.empty();
        }
        List<List<Glyph>> cellGlyphs = new ArrayList<>();
        for (int i = 0; i < rows * cols; i++) {
            cellGlyphs.add(new ArrayList<>());
        }
        List<Glyph> all = new ArrayList<>();
        for (Glyph g : glyphs) {
            float cx = g.x() + g.width() / 2;
            float cy = g.baseline() - g.height() / 2;
            int r = slot(ys, cy);
            int c = slot(xs, cx);
            if (r >= 0 && c >= 0) {
                cellGlyphs.get(r * cols + c).add(g);
                all.add(g);
            }
        }
        int[] parent = new int[rows * cols];
        Arrays.setAll(parent, i -> i);
        for (int r = 0; r < rows; r++) {
            float mid = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c + 1 < cols; c++) {
                float x = xs[c + 1];
                boolean ruled = vs.stream().anyMatch(v -> Math.abs(v.x0() - x) <= TOLERANCE && v.y0() <= mid && v.y1() >= mid);
                if (!ruled && crossed(cellGlyphs.get(r * cols + c), cellGlyphs.get(r * cols + c + 1))) {
                    union(parent, r * cols + c + 1, r * cols + c);
                }
            }
        }
        for (int r = 0; r + 1 < rows; r++) {
            float y = ys[r + 1];
            for (int c = 0; c < cols; c++) {
                float mid = (xs[c] + xs[c + 1]) / 2;
                boolean ruled = hs.stream().anyMatch(h -> Math.abs(h.y0() - y) <= TOLERANCE && h.x0() <= mid && h.x1() >= mid);
                if (!ruled) {
                    union(parent, (r + 1) * cols + c, r * cols + c);
                }
            }
        }
        List<List<Glyph>> merged = new ArrayList<>();
        for (int i = 0; i < rows * cols; i++) {
            merged.add(new ArrayList<>());
        }
        for (int i = 0; i < rows * cols; i++) {
            merged.get(firstOf(parent, i)).addAll(cellGlyphs.get(i));
        }
        List<List<List<Fragment>>> table = new ArrayList<>();
        int rowsWithText = 0;
        for (int r = 0; r < rows; r++) {
            List<List<Fragment>> row = new ArrayList<>();
            boolean text = false;
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (firstOf(parent, i) != i) {
                    continue; // part of a spanning cell, given in its first row and column
                }
                List<Fragment> cell = cellLines(page, merged.get(i));
                text |= !cell.isEmpty();
                row.add(cell);
            }
            if (text) {
                table.add(row);
                rowsWithText++;
            }
        }
        // a row with two filled cells also means two columns with text
        if (!sideBySide(table) || rowsWithText < 2 && !labelled(table)) {
            return Optional.empty();
        }
        float size = median(all.stream().filter(g -> !g.isBlank()).map(Glyph::fontSize).toList());
        return Optional.of(new Found(xs[0], ys[0], xs[cols], ys[rows], size,
                new Block.Table(page.number(), table)));
    }

    /**
     * {@return whether a table of one row is a boxed label and its value} Each cell holds a few short lines
     * (a bill's {@code 의안 번호 | 25318} box, a form's field); a frame parted in two around running text
     * or a chart is not a table of one row.
     */
    static boolean labelled(List<List<List<Fragment>>> table) {
        return table.size() == 1 && table.get(0).stream().allMatch(cell -> cell.size() <= MAX_LABEL_LINES
                && cell.stream().allMatch(f -> f.text().replace(" ", "").length() < WhitespaceCut.PROSE_CHARS));
    }

    /**
     * {@return whether some row holds text in two cells or more} A table sets things beside each other;
     * boxes that only stack, each row one filled cell (a section framed with its title on a tab above its
     * text, as government reports draw them: the tab's rules join the frame's into one grid), are no table.
     */
    static boolean sideBySide(List<List<List<Fragment>>> table) {
        return table.stream().anyMatch(row -> row.stream().filter(cell -> !cell.isEmpty()).count() >= 2);
    }

    /** {@return the smallest index in {@code i}'s merged cell: its first row, then its first column} */
    private static int firstOf(int[] parent, int i) {
        int root = find(parent, i);
        int first = i;
        for (int j = 0; j < parent.length && j < i; j++) {
            if (find(parent, j) == root) {
                return j;
            }
        }
        return first;
    }

    /**
     * {@return whether a line of words runs on from the left cell into the right one} The last glyph of
     * one of the left cell's lines and the first of the right cell's on the same baseline are no
     * farther apart than two words of a cell.
     */
    private static boolean crossed(List<Glyph> leftCell, List<Glyph> rightCell) {
        for (Glyph a : leftCell) {
            if (a.isBlank()) {
                continue;
            }
            for (Glyph b : rightCell) {
                if (b.isBlank() || Math.abs(a.baseline() - b.baseline()) >= 0.3f * a.fontSize()) {
                    continue;
                }
                float gap = typedEdge(b, rightCell, false) - typedEdge(a, leftCell, true);
                if (gap < CELL_GAP * Math.max(a.fontSize(), b.fontSize()) && lastOnLine(a, leftCell)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@return where the typed spaces after ({@code after}) or before {@code g} on its line end} A label
     * spread by typing spaces ({@code 구   분} across a header that spans two columns) runs on through them.
     */
    private static float typedEdge(Glyph g, List<Glyph> cell, boolean after) {
        float reach = after ? g.right() : g.x();
        float slack = 0.25f * g.fontSize();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Glyph o : cell) {
                if (!o.isBlank() || Math.abs(o.baseline() - g.baseline()) >= 0.3f * g.fontSize()) {
                    continue;
                }
                if (after ? o.x() <= reach + slack && o.right() > reach : o.right() >= reach - slack && o.x() < reach) {
                    reach = after ? o.right() : o.x();
                    grew = true;
                }
            }
        }
        return reach;
    }

    private static boolean lastOnLine(Glyph a, List<Glyph> cell) {
        return cell.stream().noneMatch(o -> !o.isBlank() && o.x() > a.x()
                && Math.abs(o.baseline() - a.baseline()) < 0.3f * a.fontSize());
    }

    private static int slot(float[] bounds, float v) {
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (v >= bounds[i] && v <= bounds[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    private List<Fragment> cellLines(RawPage page, List<Glyph> glyphs) {
        if (glyphs.stream().allMatch(Glyph::isBlank)) {
            return List.of();
        }
        RawPage cell = new RawPage(page.number(), page.width(), page.height(), glyphs, List.of());
        return lineBuilder.lines(cell).stream()
                .map(l -> new Fragment(l.text(), l.x(), l.right(), l.top(), l.bottom(), l.fontSize())).toList();
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
