package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.NerModel;
import brief.nlp.NerSpan;
import brief.nlp.NerType;
import brief.nlp.Token;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Firm and organisation names from the statistical model ({@link NerModel}), for names nobody listed.
 * Each sentence is given to the model with its Nori morphemes and the names the gazetteer knows in it
 * (a feature, not a verdict); the model's date and money spans are left to the rule extractors.
 */
public final class OpenNlpNameFinder implements NameFinder {

    private final NerModel model;
    private final Gazetteer gazetteer;

    public OpenNlpNameFinder(NerModel model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<NerModel.Sentence> sentences = sentences(analyzed, gazetteer);
        List<List<NerSpan>> found = model.find(sentences);
        List<EntityMention> out = new ArrayList<>();
        for (List<NerSpan> spans : found) {
            for (NerSpan s : spans) {
                switch (s.type()) {
                    case FIRM -> out.add(RuleFinder.unknown(s.span(), text, EntityKind.FIRM, ""));
                    case ORGANIZATION -> out.add(RuleFinder.unknown(s.span(), text, EntityKind.ORGANIZATION,
                            "organization"));
                    case DATE, MONEY -> { }
                }
            }
        }
        return out;
    }

    /** {@return each sentence of the text with its morphemes and the names the gazetteer knows in it} */
    public static List<NerModel.Sentence> sentences(AnalyzedText analyzed, Gazetteer gazetteer) {
        List<NerSpan> known = known(gazetteer, analyzed.text());
        List<NerModel.Sentence> out = new ArrayList<>();
        int t = 0;
        List<Token> tokens = analyzed.tokens();
        for (Span sentence : analyzed.sentences()) {
            while (t < tokens.size() && tokens.get(t).span().start() < sentence.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).span().end() <= sentence.end()) {
                t++;
            }
            out.add(new NerModel.Sentence(tokens.subList(from, t),
                    known.stream().filter(k -> sentence.contains(k.span())).toList()));
        }
        return out;
    }

    /** {@return the spans of {@code text} a strong gazetteer alias names, typed firm or organisation} */
    public static List<NerSpan> known(Gazetteer gazetteer, String text) {
        List<NerSpan> out = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(text)) {
            if (!m.weak()) {
                out.add(new NerSpan(m.span(), m.entries().get(0).kind() == EntityKind.FIRM
                        ? NerType.FIRM : NerType.ORGANIZATION));
            }
        }
        return out;
    }
}
