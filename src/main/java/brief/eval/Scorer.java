package brief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores predicted facts against gold facts of the same document, list by list, as sets, by the rule
 * of {@code facts.md}: a predicted firm or organization matches a gold one when any of its name,
 * aliases or mention texts equals any of the gold entry's name or aliases (case, spaces and punctuation
 * ignored); dates match on value and qualifier, amounts on currency and value, nodes on nm. Precision
 * counts predicted entries that match some gold entry; recall counts gold entries some prediction
 * matches; so a duplicate prediction is never counted twice as right.
 */
public final class Scorer {

    public static final List<String> LISTS = List.of("firms", "organizations", "dates", "amounts", "nodes");

    public List<ListScore> score(JsonNode predicted, JsonNode gold) {
        List<ListScore> out = new ArrayList<>();
        out.add(byNames("firms", predicted.path("firms"), gold.path("firms")));
        out.add(byNames("organizations", predicted.path("organizations"), gold.path("organizations")));
        out.add(byKey("dates", predicted.path("dates"), gold.path("dates"),
                d -> d.path("value").asText() + qualifier(d)));
        out.add(byKey("amounts", predicted.path("amounts"), gold.path("amounts"),
                a -> a.path("currency").asText() + " " + a.path("value").asText()));
        out.add(byKey("nodes", predicted.path("nodes"), gold.path("nodes"),
                n -> new BigDecimal(n.path("nm").asText("0")).stripTrailingZeros().toPlainString() + "nm"));
        return out;
    }

    private static String qualifier(JsonNode d) {
        return d.hasNonNull("qualifier") ? "/" + d.get("qualifier").asText() : "";
    }

    private static ListScore byKey(String list, JsonNode predicted, JsonNode gold, Function<JsonNode, String> key) {
        Set<String> goldKeys = new HashSet<>();
        gold.forEach(g -> goldKeys.add(key.apply(g)));
        Set<String> predKeys = new HashSet<>();
        int predMatched = 0;
        List<String> extra = new ArrayList<>();
        for (JsonNode p : predicted) {
            String k = key.apply(p);
            predKeys.add(k);
            if (goldKeys.contains(k)) {
                predMatched++;
            } else {
                extra.add(k);
            }
        }
        int goldMatched = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode g : gold) {
            String k = key.apply(g);
            if (predKeys.contains(k)) {
                goldMatched++;
            } else {
                missed.add(k);
            }
        }
        return new ListScore(list, predicted.size(), predMatched, gold.size(), goldMatched, missed, extra);
    }

    private static ListScore byNames(String list, JsonNode predicted, JsonNode gold) {
        List<Set<String>> goldNames = new ArrayList<>();
        for (JsonNode g : gold) {
            Set<String> names = new HashSet<>();
            names.add(norm(g.path("name").asText()));
            g.path("aliases").forEach(a -> names.add(norm(a.asText())));
            names.remove("");
            goldNames.add(names);
        }
        boolean[] goldHit = new boolean[goldNames.size()];
        int predMatched = 0;
        List<String> extra = new ArrayList<>();
        for (JsonNode p : predicted) {
            Set<String> names = new HashSet<>();
            names.add(norm(p.path("name").asText()));
            p.path("aliases").forEach(a -> names.add(norm(a.asText())));
            p.path("mentions").forEach(m -> names.add(norm(m.path("text").asText())));
            names.remove("");
            boolean matched = false;
            for (int i = 0; i < goldNames.size(); i++) {
                if (!java.util.Collections.disjoint(names, goldNames.get(i))) {
                    goldHit[i] = true;
                    matched = true;
                }
            }
            if (matched) {
                predMatched++;
            } else {
                extra.add(p.path("name").asText());
            }
        }
        List<String> missed = new ArrayList<>();
        int goldMatched = 0;
        for (int i = 0; i < goldHit.length; i++) {
            if (goldHit[i]) {
                goldMatched++;
            } else {
                missed.add(gold.get(i).path("name").asText());
            }
        }
        return new ListScore(list, predicted.size(), predMatched, gold.size(), goldMatched, missed, extra);
    }

    /** {@return a name folded for comparison: NFKC, lower case, no spaces or punctuation} */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]+", "");
    }
}
