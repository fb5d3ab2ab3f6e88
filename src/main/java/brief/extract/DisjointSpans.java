package brief.extract;

import brief.text.Span;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Non-empty spans of which none overlaps another, each with a value, kept sorted by start: which of them
 * a span overlaps is one look-up in a sorted map instead of a scan of them all. Asked for every
 * candidate name of a document, a scan made it cost its candidates times its names.
 *
 * <p>Because the spans do not overlap, sorted by start they are sorted by end too: when the one that
 * starts last before a span's end does not reach into the span, none does.
 */
final class DisjointSpans<V> {

    /** A span of the set and its value. */
    record Entry<V>(Span span, V value) {
    }

    private final TreeMap<Integer, Entry<V>> byStart = new TreeMap<>();

    /** Adds {@code span}, which must be non-empty and overlap none of the set. */
    void add(Span span, V value) {
        if (span.length() == 0) {
            throw new IllegalArgumentException("empty span " + span + " among names");
        }
        overlapping(span).ifPresent(e -> {
            throw new IllegalArgumentException("span " + span + " overlaps " + e.span() + " already among names");
        });
        byStart.put(span.start(), new Entry<>(span, value));
    }

    /**
     * {@return the entry whose span overlaps {@code span} (in the sense of {@link Span#overlaps}) and
     * starts last, when one does} When a span of the set equals {@code span}, it is the only one that
     * overlaps it, so this is that one.
     */
    Optional<Entry<V>> overlapping(Span span) {
        Map.Entry<Integer, Entry<V>> last = byStart.lowerEntry(span.end());
        return last != null && span.overlaps(last.getValue().span()) ? Optional.of(last.getValue()) : Optional.empty();
    }

    /** {@return whether {@code span} overlaps a span of the set} */
    boolean overlapsAny(Span span) {
        return overlapping(span).isPresent();
    }
}
