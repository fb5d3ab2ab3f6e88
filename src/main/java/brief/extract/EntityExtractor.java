package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.NerModel;
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

    /**
     * {@return the project's extractor: the standard gazetteer, then the rules, then the firm names of
     * the shipped model (when the jar has one)}
     *
     * <p>Firms only: on konec news the model's organisations also raise F1, but in the briefs they are
     * mostly a country with a common noun ({@code 대만 산업협력}, {@code 한국 역시}), which konec, tagging
     * a country acting as a state as an organisation, teaches; they cost the seed gold its precision.
     */
    public static EntityExtractor standard() {
        Gazetteer g = Gazetteer.standard();
        List<NameFinder> finders = new java.util.ArrayList<>(List.of(new GazetteerFinder(g), new RuleFinder(g)));
        NerModel.standard().ifPresent(m -> finders.add(new OpenNlpNameFinder(m, g, java.util.Set.of(EntityKind.FIRM))));
        return new EntityExtractor(finders);
    }

    @Override
    public List<EntityMention> extract(AnalyzedText text) {
        List<List<EntityMention>> found = finders.stream().map(f -> f.find(text)).toList();
        return AliasLinker.link(text.text(), MentionMerger.merge(found));
    }
}
