package brief.text;

/**
 * A range of a clean text: UTF-16 indices (Java {@code String} indices), {@code start} inclusive,
 * {@code end} exclusive. Every offset in the project means this.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** {@return the number of UTF-16 units covered} */
    public int length() {
        return end - start;
    }

    /** {@return whether this span and {@code other} share at least one index} */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** {@return whether {@code other} lies wholly inside this span} */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** {@return the covered part of {@code text}} */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
