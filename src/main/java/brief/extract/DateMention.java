package brief.extract;

import brief.text.Span;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date or period named in the text. {@code value} is an ISO 8601 partial date ({@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}); relative dates (올해, 지난해말) are already resolved.
 */
public record DateMention(Span span, String text, String value, Optional<Qualifier> qualifier) {

    private static final Pattern ISO_PARTIAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!ISO_PARTIAL.matcher(value).matches()) {
            throw new IllegalArgumentException("date value '" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
    }
}
