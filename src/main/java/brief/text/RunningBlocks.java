package brief.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Running headers and footers found by repetition alone, wherever they stand: a line (or a table) whose
 * text stands, the same, at the same place on many pages is the template's, not the body's. A
 * header block of several lines (a framed title with document number, date and revision, repeated on
 * every page of a data sheet) is found line by line, however far it reaches below the top band.
 */
final class RunningBlocks {

    /** Pages a line must recur on, at the least; and at least half of the document's pages. */
    static final int MIN_PAGES = 3;
    /** How far (points) the same line may move from page to page. */
    static final float SAME_PLACE = 2f;

    /**
     * {@return the lines that recur at one place on enough pages}
     *
     * @param text what each line reads (a ruled table stands in the lines as one mark: its cells' text)
     */
    Set<Line> find(List<Line> lines, int pageCount, Function<Line, String> text) {
        int need = Math.max(MIN_PAGES, (pageCount + 1) / 2);
        Set<Line> out = new HashSet<>();
        if (pageCount < need) {
            return out;
        }
        Map<String, List<Line>> byText = new HashMap<>();
        for (Line l : lines) {
            // digits count here: body lines of one template differ in their numbers (page numbers are Furniture's)
            String key = text.apply(l).replaceAll("\\s+", "");
            if (!key.isEmpty()) {
                byText.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(l);
            }
        }
        for (List<Line> same : byText.values()) {
            if (same.size() < need) {
                continue;
            }
            for (Line l : same) {
                Set<Integer> pages = new HashSet<>();
                for (Line o : same) {
                    if (Math.abs(o.top() - l.top()) <= SAME_PLACE && Math.abs(o.x() - l.x()) <= SAME_PLACE) {
                        pages.add(o.page());
                    }
                }
                if (pages.size() >= need) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
