package brief.extract;

import java.util.List;
import java.util.Optional;

/**
 * One firm or organisation of a document, however many times and under however many names it
 * appears.
 *
 * @param name     the canonical name: the gazetteer's, else a Latin name the text gives, else the first
 *                 Korean name seen
 * @param aliases  every other name: the surfaces seen in the text and, for a gazetteer entry, all its
 *                 listed aliases; no duplicates, never {@code name} itself
 * @param mentions every occurrence, in text order
 */
public record Entity(EntityKind kind, String name, Optional<String> country, String orgKind,
        List<String> aliases, List<EntityMention> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
