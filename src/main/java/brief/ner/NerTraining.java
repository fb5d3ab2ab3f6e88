package brief.ner;

import brief.extract.Gazetteer;
import brief.extract.OpenNlpNameFinder;
import brief.nlp.NerModel;
import brief.nlp.NerSpan;
import brief.nlp.TextAnalyzer;
import brief.nlp.Token;
import brief.text.Span;
import brief.nlp.NerType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * konec sentences to training examples for {@link NerModel}: Nori morphemes, gazetteer names, and the
 * gold character spans turned into morpheme spans.
 *
 * <p>An entity becomes the morphemes that overlap it. Where a boundary falls inside a morpheme
 * (1% of konec's training entities), the entity widens to the whole morpheme: the model
 * can only ever answer in morphemes, so it learns what it will be asked for. Where two entities then
 * share a morpheme, the later is dropped; an entity of punctuation only (no morpheme) is dropped too.
 * {@link Alignment} counts each case, and {@code brief train} reports them.
 */
public final class NerTraining {

    /** How the gold entities met the morphemes. */
    public record Alignment(int entities, int exact, int widened, int dropped) {
        Alignment plus(Alignment o) {
            return new Alignment(entities + o.entities, exact + o.exact, widened + o.widened, dropped + o.dropped);
        }
    }

    /** Training examples and how they were aligned. */
    public record Examples(List<NerModel.Example> examples, Alignment alignment) {
        public Examples {
            examples = List.copyOf(examples);
        }
    }

    private NerTraining() {
    }

    /** {@return the examples of {@code sentences}, with the gazetteer's names as features} */
    public static Examples examples(List<KonecSentence> sentences, Gazetteer gazetteer) {
        return examples(sentences, gazetteer, EnumSet.allOf(NerType.class));
    }

    /** {@return the examples of {@code sentences} with the entities of {@code types} only} */
    public static Examples examples(List<KonecSentence> sentences, Gazetteer gazetteer, Set<NerType> types) {
        List<NerModel.Example> out = new ArrayList<>();
        Alignment total = new Alignment(0, 0, 0, 0);
        for (KonecSentence s : sentences) {
            // gazetteer dropout: a third of the sentences are learnt without the gazetteer's names, so the
            // model learns names from their context and shape, not only by copying the list
            List<NerSpan> known = Math.floorMod(s.id().hashCode() / 5, 3) == 0 ? List.of()
                    : OpenNlpNameFinder.known(gazetteer, s.text());
            NerModel.Sentence sentence = NerModel.Sentence.of(s.text(), new Span(0, s.text().length()),
                    TextAnalyzer.tokens(s.text()), known);
            List<Token> tokens = sentence.tokens();
            List<NerModel.TokenSpan> names = new ArrayList<>();
            int exact = 0;
            int widened = 0;
            int dropped = 0;
            int lastEnd = 0;
            List<NerSpan> entities = s.entities().stream().filter(e -> types.contains(e.type())).toList();
            for (NerSpan e : entities) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).span().overlaps(e.span())) {
                        if (first < 0) {
                            first = i;
                        }
                        last = i;
                    }
                }
                if (first < 0 || first < lastEnd) {
                    dropped++;
                    continue;
                }
                boolean inside = tokens.get(first).span().start() < e.span().start()
                        || tokens.get(last).span().end() > e.span().end();
                if (inside) {
                    widened++;
                } else {
                    exact++;
                }
                names.add(new NerModel.TokenSpan(first, last + 1, e.type()));
                lastEnd = last + 1;
            }
            total = total.plus(new Alignment(entities.size(), exact, widened, dropped));
            out.add(new NerModel.Example(sentence, names));
        }
        return new Examples(out, total);
    }
}
