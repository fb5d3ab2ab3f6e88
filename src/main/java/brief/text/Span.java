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

    /** {@return this span without the white space of {@code text} at its ends, empty when nothing else is left} */
    public java.util.Optional<Span> strip(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > s ? java.util.Optional.of(new Span(s, e)) : java.util.Optional.empty();
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
