package brief.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlaps between finders: the longest mention wins, and between equally long ones the
 * finder listed first (the gazetteer before rules before a model). The result is in text order and
 * free of overlaps.
 */
final class MentionMerger {

    private record Ranked(EntityMention mention, int finder) {
    }

    private MentionMerger() {
    }

    static List<EntityMention> merge(List<List<EntityMention>> byFinder) {
        List<Ranked> all = new ArrayList<>();
        for (int f = 0; f < byFinder.size(); f++) {
            for (EntityMention m : byFinder.get(f)) {
                all.add(new Ranked(m, f));
            }
        }
        all.sort(Comparator.comparingInt((Ranked r) -> -r.mention().span().length())
                .thenComparingInt(Ranked::finder)
                .thenComparing(r -> r.mention().span()));
        List<EntityMention> kept = new ArrayList<>();
        DisjointSpans<EntityMention> taken = new DisjointSpans<>();
        for (Ranked r : all) {
            if (!taken.overlapsAny(r.mention().span())) {
                taken.add(r.mention().span(), r.mention());
                kept.add(r.mention());
            }
        }
        kept.sort(Comparator.comparing(EntityMention::span));
        return kept;
    }
}
