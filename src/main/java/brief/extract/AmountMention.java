package brief.extract;

import brief.text.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A sum of money in the text. {@code value} is in units of {@code currency} (ISO 4217). A range
 * ({@code 2~3조 엔}) yields one mention per end, both carrying the span of the whole expression.
 */
public record AmountMention(Span span, String text, String currency, long value, Optional<Qualifier> qualifier) {

    public AmountMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualifier, "qualifier");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
    }
}
