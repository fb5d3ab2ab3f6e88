package brief.extract;

import brief.nlp.AnalyzedText;
import java.util.List;

/**
 * One way of spotting firm and organisation names: a gazetteer, hand-written rules, later a
 * statistical model. Finders may overlap each other; {@link EntityExtractor} settles overlaps and
 * groups names. A finder returns its mentions in text order; their {@code aliases} are left empty.
 */
@FunctionalInterface
public interface NameFinder {
    List<EntityMention> find(AnalyzedText text);
}
