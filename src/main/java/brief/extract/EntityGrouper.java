package brief.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mentions to entities, one per key, in order of first mention. The name is the canonical one when
 * known, else the first Latin surface (briefs tend to give the English name in parentheses), else the
 * first surface. Aliases are every other surface plus, for a gazetteer entry, all its listed names.
 */
public final class EntityGrouper {

    private final Gazetteer gazetteer;

    public EntityGrouper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Entity> group(List<EntityMention> mentions) {
        Map<String, List<EntityMention>> byKey = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            byKey.computeIfAbsent(m.kind() + "\t" + m.key(), k -> new ArrayList<>()).add(m);
        }
        List<Entity> out = new ArrayList<>();
        for (List<EntityMention> ms : byKey.values()) {
            EntityMention first = ms.get(0);
            Optional<Gazetteer.Entry> entry = first.canonical().flatMap(gazetteer::lookup)
                    .filter(e -> e.name().equals(first.canonical().get()));
            String name = first.canonical().orElseGet(() -> ms.stream().map(EntityMention::text)
                    .filter(t -> t.chars().noneMatch(c -> Josa.isHangul((char) c))).findFirst()
                    .orElse(first.text()));
            Set<String> aliases = new LinkedHashSet<>();
            ms.forEach(m -> aliases.add(m.text()));
            ms.forEach(m -> aliases.addAll(m.aliases()));
            // Weak aliases stay out unless the text used them: 상무부 would claim two ministries.
            entry.ifPresent(e -> aliases.addAll(e.aliases()));
            List<String> distinct = dedupe(aliases, name);
            out.add(new Entity(first.kind(), name, first.country(), first.orgKind(), distinct, ms));
        }
        return out;
    }

    /** Drops {@code name} and repeats that differ only in case or spacing. */
    private static List<String> dedupe(Set<String> aliases, String name) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(squash(name));
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            if (seen.add(squash(a))) {
                out.add(a);
            }
        }
        return out;
    }

    private static String squash(String s) {
        return AliasTrie.squeeze(s).toLowerCase(Locale.ROOT);
    }
}
