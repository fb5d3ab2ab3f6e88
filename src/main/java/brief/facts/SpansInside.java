package brief.facts;

import brief.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Items with spans (mentions), sorted by start once, so that the items inside a span (a table cell, a
 * caption) take a binary search instead of a scan of the document's items: asked for every cell, a scan
 * made a document full of tables cost its cells times its mentions. Items may overlap.
 */
final class SpansInside<T> {

    private final List<T> items;
    /** Indices into {@link #items}, by start (ties in list order). */
    private final int[] byStart;
    private final int[] starts;
    private final Function<T, Span> span;

    SpansInside(List<T> items, Function<T, Span> span) {
        this.items = List.copyOf(items);
        this.span = span;
        this.byStart = IntStream.range(0, this.items.size()).boxed()
                .sorted(Comparator.comparingInt(i -> span.apply(this.items.get(i)).start()))
                .mapToInt(Integer::intValue).toArray();
        this.starts = Arrays.stream(byStart).map(i -> span.apply(this.items.get(i)).start()).toArray();
    }

    /** {@return the items whose span lies wholly inside {@code outer}, in the order of the list they came in} */
    List<T> inside(Span outer) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) { // the first item starting at or after outer
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < outer.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int k = lo; k < starts.length && starts[k] <= outer.end(); k++) {
            if (outer.contains(span.apply(items.get(byStart[k])))) {
                found.add(byStart[k]);
            }
        }
        found.sort(null);
        return found.stream().map(items::get).toList();
    }
}
