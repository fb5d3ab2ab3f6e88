package brief.extract;

import brief.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a firm or organisation in a clean text. Particles (josa) are never part of the
 * span: in {@code 라피더스는} the mention is {@code 라피더스}.
 *
 * @param span      where the name stands in the clean text
 * @param text      the covered text, {@code span.of(cleanText)}
 * @param kind      firm or organisation
 * @param key       groups the mentions of one entity: the gazetteer's canonical name when the name is
 *                  known, otherwise a normalised form shared by every name the text pairs with it
 * @param canonical the name the entity goes by when it is known (gazetteer or a normalising rule)
 * @param country   ISO 3166-1 alpha-2 code when known
 * @param orgKind   for organisations the kind of body (government, ministry, ...); empty for firms
 * @param aliases   the other names this text gives the same entity, in text order
 */
public record EntityMention(Span span, String text, EntityKind kind, String key, Optional<String> canonical,
        Optional<String> country, String orgKind, List<String> aliases) {

    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        }
        if (key.isBlank()) {
            throw new IllegalArgumentException("mention '" + text + "' at " + span + " has a blank key");
        }
        aliases = List.copyOf(aliases);
    }

    /** {@return this mention moved to another entity: its key, canonical name, kind and country} */
    EntityMention as(EntityMention other) {
        return new EntityMention(span, text, other.kind, other.key, other.canonical, other.country,
                other.orgKind, aliases);
    }

    /** {@return this mention with {@code aliases} as the other names of its entity} */
    EntityMention withAliases(List<String> others) {
        return new EntityMention(span, text, kind, key, canonical, country, orgKind, others);
    }
}
