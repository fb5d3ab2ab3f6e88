package brief.ner;

import brief.nlp.NerSpan;
import brief.nlp.NerType;
import java.util.List;

/**
 * One annotated konec sentence: its id ({@code klue-ner-v1_dev_00001-wikitree}), its raw text, and
 * the entities of the four types brief cares about as character spans of {@code text}, in order.
 */
public record KonecSentence(String id, String text, List<NerSpan> entities) {

    public KonecSentence {
        entities = List.copyOf(entities);
        for (NerSpan e : entities) {
            if (e.span().end() > text.length()) {
                throw new IllegalArgumentException("konec " + id + ": entity " + e + " beyond the text");
            }
        }
    }

    /** {@return whether the sentence is from news (wikitree) rather than a movie review (nsmc)} */
    public boolean isNews() {
        return id.contains("wikitree");
    }

    /** {@return the entities of one type} */
    public List<NerSpan> entities(NerType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }
}
