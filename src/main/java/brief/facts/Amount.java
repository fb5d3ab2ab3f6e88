package brief.facts;

import java.util.List;
import java.util.Optional;

/** One distinct sum of money: ISO 4217 {@code currency}, whole units, optional qualifier (approx, max...). */
public record Amount(String currency, long value, Optional<String> qualifier, String text,
                     List<Mention> mentions) {
    public Amount {
        mentions = List.copyOf(mentions);
    }
}
