package brief.facts;

import java.util.List;
import java.util.Optional;

/** A non-company body; {@code kind} is free text (government, ministry, research institute, ...). */
public record Organization(String name, String kind, Optional<String> country, List<String> aliases,
                           List<Mention> mentions) {
    public Organization {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
