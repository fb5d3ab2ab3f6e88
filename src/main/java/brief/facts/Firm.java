package brief.facts;

import java.util.List;
import java.util.Optional;

/** A company: {@code name} canonical, {@code country} ISO 3166-1 alpha-2 when known. */
public record Firm(String name, Optional<String> country, List<String> aliases, List<Mention> mentions) {
    public Firm {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
