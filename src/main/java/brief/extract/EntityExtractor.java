package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.NerModel;
import java.util.List;

/**
 * Firm and organisation mentions: every {@link NameFinder} runs over the text (gazetteer, rules; a
 * statistical model can be appended), overlaps are settled ({@link MentionMerger}: longest, then the
 * earlier finder), what is not called by a name is dropped ({@link NameCheck}), then names the text
 * pairs are linked and found again ({@link AliasLinker}). Each
 * returned mention's {@code key} identifies its entity; {@link EntityGrouper} makes the entities.
 */
public final class EntityExtractor implements Extractor<EntityMention> {

    private final List<NameFinder> finders;
    private final NameCheck names;

    /** @param finders in order of trust: on equally long overlaps the earlier finder wins */
    public EntityExtractor(List<NameFinder> finders) {
        this(finders, Gazetteer.standard());
    }

    /**
     * @param finders   in order of trust: on equally long overlaps the earlier finder wins
     * @param gazetteer the countries that {@link NameCheck} knows a description of an industry by
     */
    public EntityExtractor(List<NameFinder> finders, Gazetteer gazetteer) {
        this.finders = List.copyOf(finders);
        this.names = new NameCheck(gazetteer);
    }

    /**
     * {@return the project's extractor: the standard gazetteer, then the rules, then the names of the
     * shipped model (when the jar has one)}
     *
     * <p>The model's organisations count only with a body's head glued on ({@link OpenNlpNameFinder}):
     * the others are, in the briefs, mostly a country with a common noun ({@code 대만 산업협력},
     * {@code 한국 역시}), which konec, tagging a country acting as a state as an organisation, teaches;
     * they would cost the seed gold its precision. When the filter came in, konec's lenient organisation F1
     * rose from 0.234 to 0.277 on the development slice, the seed gold unchanged; the heads and checks
     * added since, and today's figures ({@code ./brief eval-ner}), are in the README's section on names.
     */
    public static EntityExtractor standard() {
        Gazetteer g = Gazetteer.standard();
        List<NameFinder> finders = new java.util.ArrayList<>(List.of(new GazetteerFinder(g), new RuleFinder(g),
                new TableFirmFinder(g), new FirmListFinder(g), new CueFirmFinder(g)));
        NerModel.standard().ifPresent(m -> finders.add(new OpenNlpNameFinder(m, g, java.util.Set.of(EntityKind.FIRM, EntityKind.ORGANIZATION))));
        return new EntityExtractor(finders, g);
    }

    @Override
    public List<EntityMention> extract(AnalyzedText text) {
        List<List<EntityMention>> found = finders.stream().map(f -> f.find(text)).toList();
        return AliasLinker.link(text.text(), names.keep(text, MentionMerger.merge(found)));
    }
}
