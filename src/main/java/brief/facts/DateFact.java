package brief.facts;

import java.util.List;
import java.util.Optional;

/** One distinct normalised date: ISO partial {@code value} and optional qualifier (start, end, h1, q3...). */
public record DateFact(String value, Optional<String> qualifier, String text, List<Mention> mentions) {
    public DateFact {
        mentions = List.copyOf(mentions);
    }
}
