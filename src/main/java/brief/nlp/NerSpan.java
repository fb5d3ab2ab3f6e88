package brief.nlp;

import brief.text.Span;
import java.util.Objects;

/** A typed span of a text: a name, date or sum of money, as a statistical model or a gold file gives it. */
public record NerSpan(Span span, NerType type) implements Comparable<NerSpan> {

    public NerSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public int compareTo(NerSpan o) {
        int c = span.compareTo(o.span);
        return c != 0 ? c : type.compareTo(o.type);
    }
}
