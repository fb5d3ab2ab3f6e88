package brief.extract;

import brief.nlp.AnalyzedText;
import java.util.List;

/**
 * Finds mentions of one kind of thing in an analysed text. Mentions come back in text order, each
 * carrying its span of the clean text.
 *
 * @param <M> the mention record this extractor produces
 */
@FunctionalInterface
public interface Extractor<M> {
    List<M> extract(AnalyzedText text);
}
