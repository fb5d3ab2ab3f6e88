package brief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * A gold file that covers some pages only ({@code "pages": [1, 2]}, as the hand-made gold of real PDFs
 * in {@code corpus/wild-gold/} does) is scored against the facts found on those pages: a firm or
 * organisation counts when one of its mentions lies on a covered page, with those mentions only, and
 * only the lists the gold file holds are scored. A gold file without {@code pages} covers everything.
 * A gold entry marked {@code "in_text_layer": false} is on the page only as a picture (a table pasted
 * as an image, a logo): the gold records it, and it is left out of the score, which no reader of the
 * text layer could reach.
 */
public final class PageScope {

    private PageScope() {
    }

    /** {@return whether {@code gold} covers only some pages} */
    public static boolean partial(JsonNode gold) {
        return gold.path("pages").isArray();
    }

    /** {@return whether {@code list} is scored for {@code gold}} */
    public static boolean scores(JsonNode gold, String list) {
        return !partial(gold) || gold.has(list);
    }

    /** {@return {@code gold} without the entries that are not in the PDF's text layer} */
    public static JsonNode scoredGold(JsonNode gold) {
        if (!partial(gold)) {
            return gold;
        }
        ObjectNode out = gold.deepCopy();
        for (String list : new String[] {"firms", "organizations"}) {
            if (!gold.has(list)) {
                continue;
            }
            ArrayNode kept = out.arrayNode();
            gold.path(list).forEach(e -> {
                if (e.path("in_text_layer").asBoolean(true)) {
                    kept.add(e);
                }
            });
            out.set(list, kept);
        }
        return out;
    }

    /** {@return {@code predicted} narrowed to the pages {@code gold} covers} */
    public static JsonNode narrow(JsonNode predicted, JsonNode gold) {
        if (!partial(gold)) {
            return predicted;
        }
        Set<Integer> pages = new HashSet<>();
        gold.path("pages").forEach(p -> pages.add(p.asInt()));
        ObjectNode out = predicted.deepCopy();
        for (String list : new String[] {"firms", "organizations", "dates", "amounts", "nodes"}) {
            ArrayNode kept = out.arrayNode();
            for (JsonNode entry : predicted.path(list)) {
                ArrayNode mentions = out.arrayNode();
                entry.path("mentions").forEach(m -> {
                    if (pages.contains(m.path("page").asInt())) {
                        mentions.add(m);
                    }
                });
                if (!mentions.isEmpty()) {
                    ObjectNode e = entry.deepCopy();
                    e.set("mentions", mentions);
                    kept.add(e);
                }
            }
            out.set(list, kept);
        }
        return out;
    }
}
