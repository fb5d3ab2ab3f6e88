package brief.extract;

import brief.text.Span;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A semiconductor process node, in nanometres. A list or range names several nodes: each gets its
 * own mention, all sharing the span of the whole expression; {@code range} is set for the ends of a
 * range.
 */
public record NodeMention(Span span, String text, BigDecimal nm, Optional<NodeRange> range) {

    public NodeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nm, "nm");
        Objects.requireNonNull(range, "range");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
    }

    /**
     * {@return {@code value} without trailing zeros but never in exponent form: 1.40 is 1.4, 3.0 is 3,
     * and 10 stays 10 (plain {@code stripTrailingZeros} would give 1E+1)}
     */
    public static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
