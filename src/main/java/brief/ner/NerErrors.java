package brief.ner;

import brief.nlp.AnalyzedText;
import brief.nlp.NerSpan;
import brief.nlp.NerType;
import brief.nlp.TextAnalyzer;
import brief.text.CleanText;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lenient errors of one configuration for one type, to read what goes wrong: a prediction no gold
 * entity of its type overlaps (a false positive) and a gold entity no prediction of its type overlaps
 * (a false negative). Each error says which NIKL tags the sentence has over it, what else the
 * configuration predicted there (another type: a confusion) and what the model alone predicted there,
 * which tells a name the combination dropped from one the model never found.
 *
 * <p>An analysis aid for the training part and its development slice; {@code eval-ner} refuses it on
 * the evaluation part, whose aggregate figures are all that may be looked at.
 */
public final class NerErrors {

    /** Which side of the score an error is on. */
    public enum Side { FALSE_POSITIVE, FALSE_NEGATIVE }

    /**
     * One error.
     *
     * @param sentence the konec sentence id
     * @param side     false positive or false negative
     * @param surface  the predicted or gold text
     * @param tags     the NIKL tags of the sentence over the span ({@code OGG_MEDIA 'KBS'}), or empty
     * @param here     the configuration's predictions of other types over the span, or empty
     * @param model    the model alone's predictions over the span, or empty
     * @param text     the sentence
     */
    public record NerError(String sentence, Side side, String surface, String tags, String here, String model,
            String text) {
    }

    private final NerEvaluation evaluation;
    private final TextAnalyzer analyzer = new TextAnalyzer();

    public NerErrors(NerEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** {@return the errors of {@code config} on {@code type}, sentence by sentence} */
    public List<NerError> errors(List<KonecSentence> sentences, Map<String, List<KonecCorpus.Tagged>> tags,
            NerEvaluation.Config config, NerType type) {
        List<NerError> out = new ArrayList<>();
        for (KonecSentence s : sentences) {
            AnalyzedText analyzed = analyzer.analyze(CleanText.ofSinglePage(s.text()));
            List<NerSpan> predicted = evaluation.predict(config, analyzed);
            List<NerSpan> model = config == NerEvaluation.Config.MODEL ? predicted
                    : evaluation.predict(NerEvaluation.Config.MODEL, analyzed);
            List<KonecCorpus.Tagged> fine = tags.getOrDefault(s.id(), List.of());
            List<Span> gold = s.entities(type).stream().map(NerSpan::span).toList();
            List<Span> mine = predicted.stream().filter(p -> p.type() == type).map(NerSpan::span).distinct().toList();
            for (Span p : mine) {
                if (gold.stream().noneMatch(p::overlaps)) {
                    out.add(error(s, Side.FALSE_POSITIVE, p, fine, predicted, model, type));
                }
            }
            for (Span g : gold) {
                if (mine.stream().noneMatch(g::overlaps)) {
                    out.add(error(s, Side.FALSE_NEGATIVE, g, fine, predicted, model, type));
                }
            }
        }
        return out;
    }

    private static NerError error(KonecSentence s, Side side, Span span, List<KonecCorpus.Tagged> fine,
            List<NerSpan> predicted, List<NerSpan> model, NerType type) {
        String text = s.text();
        String tags = fine.stream().filter(t -> t.span().overlaps(span))
                .map(t -> t.tag() + " '" + t.span().of(text) + "'").collect(Collectors.joining(", "));
        String here = predicted.stream().filter(p -> p.type() != type && p.span().overlaps(span))
                .map(p -> p.type().label() + " '" + p.span().of(text) + "'").collect(Collectors.joining(", "));
        String alone = model.stream().filter(p -> p.span().overlaps(span))
                .map(p -> p.type().label() + " '" + p.span().of(text) + "'").collect(Collectors.joining(", "));
        return new NerError(s.id(), side, span.of(text), tags, here, alone, text);
    }
}
