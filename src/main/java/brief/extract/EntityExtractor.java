package brief.extract;

import brief.nlp.AnalyzedText;
import java.util.List;

/**
 * Firm and organisation mentions: every {@link NameFinder} runs over the text (gazetteer, rules; a
 * statistical model can be appended), overlaps are settled ({@link MentionMerger}: longest, then the
 * earlier finder), then names the text pairs are linked and found again ({@link AliasLinker}). Each
 * returned mention's {@code key} identifies its entity; {@link EntityGrouper} makes the entities.
 */
public final class EntityExtractor implements Extractor<EntityMention> {

    private final List<NameFinder> finders;

    /** @param finders in order of trust: on equally long overlaps the earlier finder wins */
    public EntityExtractor(List<NameFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    /** {@return the project's extractor: the standard gazetteer, then the rules} */
    public static EntityExtractor standard() {
        Gazetteer g = Gazetteer.standard();
        return new EntityExtractor(List.of(new GazetteerFinder(g), new RuleFinder(g)));
    }

    @Override
    public List<EntityMention> extract(AnalyzedText text) {
        List<List<EntityMention>> found = finders.stream().map(f -> f.find(text)).toList();
        return AliasLinker.link(text.text(), MentionMerger.merge(found));
    }
}
