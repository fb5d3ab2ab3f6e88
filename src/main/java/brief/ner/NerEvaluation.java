package brief.ner;

import brief.extract.AmountExtractor;
import brief.extract.AmountMention;
import brief.extract.DateExtractor;
import brief.extract.DateMention;
import brief.extract.EntityExtractor;
import brief.extract.EntityKind;
import brief.extract.EntityMention;
import brief.extract.Gazetteer;
import brief.extract.GazetteerFinder;
import brief.extract.OpenNlpNameFinder;
import brief.extract.RuleFinder;
import brief.nlp.AnalyzedText;
import brief.nlp.NerModel;
import brief.nlp.NerSpan;
import brief.nlp.NerType;
import brief.nlp.TextAnalyzer;
import brief.text.CleanText;
import brief.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores three ways of finding the four types on konec sentences, each sentence taken as a document
 * of its own: the gazetteer with the rules (and the date and money rule extractors), the model alone,
 * and both together (the model's names appended after the gazetteer and rules, filtered
 * as {@link EntityExtractor#standard()} does; for dates and money, the model's spans that no rule span
 * overlaps added to the rules').
 *
 * <p>konec sentences carry no date. The date rules resolve relative dates (올해, 지난달) against a
 * publication date and skip them without one; a brief nearly always has one, so the evaluation gives
 * every sentence the nominal publication date {@link #REFERENCE}. Only spans are scored, so its value
 * does not matter, only that relative dates are looked for.
 */
public final class NerEvaluation {

    /** The nominal publication date of a konec sentence, for the date rules. */
    public static final String REFERENCE = "2020-01-01";

    /** The configurations, in report order. */
    public enum Config {
        RULES("gazetteer+rules"), MODEL("model"), COMBINED("combined");

        private final String title;

        Config(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final Gazetteer gazetteer;
    private final NerModel model;
    private final EntityExtractor rules;
    private final EntityExtractor combined;
    private final DateExtractor dates = new DateExtractor(Optional.of(REFERENCE));
    private final AmountExtractor amounts = new AmountExtractor();

    public NerEvaluation(NerModel model, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.rules = new EntityExtractor(List.of(new GazetteerFinder(gazetteer), new RuleFinder(gazetteer),
                new brief.extract.TableFirmFinder(gazetteer), new brief.extract.FirmListFinder(gazetteer), new brief.extract.CueFirmFinder(gazetteer)), gazetteer);
        this.combined = new EntityExtractor(List.of(new GazetteerFinder(gazetteer), new RuleFinder(gazetteer),
                new brief.extract.TableFirmFinder(gazetteer), new brief.extract.FirmListFinder(gazetteer), new brief.extract.CueFirmFinder(gazetteer), new OpenNlpNameFinder(model, gazetteer, java.util.Set.of(EntityKind.FIRM, EntityKind.ORGANIZATION))), gazetteer);
    }

    /**
     * How often one configuration put a name under the other name type: gold firms that no firm but an
     * organisation overlaps, and gold organisations that no organisation but a firm overlaps.
     */
    public record Confusion(int firmsAsOrganizations, int organizationsAsFirms) {
        Confusion plus(Confusion o) {
            return new Confusion(firmsAsOrganizations + o.firmsAsOrganizations, organizationsAsFirms + o.organizationsAsFirms);
        }
    }

    /** The scores, and the type confusions of names, per configuration. */
    public record Result(Map<Config, Map<NerType, NerScore>> scores, Map<Config, Confusion> confusions) {
    }

    /** {@return per configuration, per type, the scores over {@code sentences}} */
    public Map<Config, Map<NerType, NerScore>> score(List<KonecSentence> sentences) {
        return evaluate(sentences).scores();
    }

    /** {@return per configuration the scores per type and the type confusions of names over {@code sentences}} */
    public Result evaluate(List<KonecSentence> sentences) {
        Map<Config, Confusion> confusions = new EnumMap<>(Config.class);
        for (Config c : Config.values()) {
            confusions.put(c, new Confusion(0, 0));
        }
        Map<Config, Map<NerType, NerScore>> out = new LinkedHashMap<>();
        for (Config c : Config.values()) {
            Map<NerType, NerScore> byType = new EnumMap<>(NerType.class);
            for (NerType t : NerType.values()) {
                byType.put(t, NerScore.ZERO);
            }
            out.put(c, byType);
        }
        for (KonecSentence s : sentences) {
            AnalyzedText analyzed = analyzer.analyze(CleanText.ofSinglePage(s.text()));
            for (Config c : Config.values()) {
                List<NerSpan> predicted = predict(c, analyzed);
                for (NerType t : NerType.values()) {
                    out.get(c).merge(t, score(filter(predicted, t), s.entities(t)), NerScore::plus);
                }
                confusions.merge(c, new Confusion(confused(s.entities(NerType.FIRM), predicted, NerType.FIRM, NerType.ORGANIZATION),
                        confused(s.entities(NerType.ORGANIZATION), predicted, NerType.ORGANIZATION, NerType.FIRM)), Confusion::plus);
            }
        }
        return new Result(out, confusions);
    }

    /** {@return how many of {@code gold} no prediction of their type overlaps and one of type {@code as} does} */
    private static int confused(List<NerSpan> gold, List<NerSpan> predicted, NerType type, NerType as) {
        return (int) gold.stream()
                .filter(g -> predicted.stream().noneMatch(p -> p.type() == type && p.span().overlaps(g.span())))
                .filter(g -> predicted.stream().anyMatch(p -> p.type() == as && p.span().overlaps(g.span())))
                .count();
    }

    /** {@return what configuration {@code c} finds in one analysed text} */
    public List<NerSpan> predict(Config c, AnalyzedText analyzed) {
        return switch (c) {
            case RULES -> concat(names(rules, analyzed), ruleDatesAndMoney(analyzed));
            case MODEL -> modelSpans(analyzed);
            case COMBINED -> {
                List<NerSpan> ruled = ruleDatesAndMoney(analyzed);
                List<NerSpan> added = modelSpans(analyzed).stream()
                        .filter(m -> m.type() == NerType.DATE || m.type() == NerType.MONEY)
                        .filter(m -> ruled.stream().noneMatch(r -> r.type() == m.type() && r.span().overlaps(m.span())))
                        .toList();
                yield concat(names(combined, analyzed), concat(ruled, added));
            }
        };
    }

    private List<NerSpan> modelSpans(AnalyzedText analyzed) {
        return model.find(OpenNlpNameFinder.sentences(analyzed, gazetteer)).stream().flatMap(List::stream).toList();
    }

    private static List<NerSpan> names(EntityExtractor extractor, AnalyzedText analyzed) {
        List<NerSpan> out = new ArrayList<>();
        for (EntityMention m : extractor.extract(analyzed)) {
            out.add(new NerSpan(m.span(), m.kind() == EntityKind.FIRM ? NerType.FIRM : NerType.ORGANIZATION));
        }
        return out;
    }

    private List<NerSpan> ruleDatesAndMoney(AnalyzedText analyzed) {
        List<NerSpan> out = new ArrayList<>();
        for (DateMention d : dates.extract(analyzed)) {
            out.add(new NerSpan(d.span(), NerType.DATE));
        }
        for (AmountMention a : amounts.extract(analyzed)) {
            out.add(new NerSpan(a.span(), NerType.MONEY));
        }
        return out;
    }

    static NerScore score(List<Span> predictedSpans, List<NerSpan> goldEntities) {
        Set<Span> predicted = new LinkedHashSet<>(predictedSpans);
        Set<Span> gold = new LinkedHashSet<>();
        goldEntities.forEach(g -> gold.add(g.span()));
        int strict = (int) predicted.stream().filter(gold::contains).count();
        int right = (int) predicted.stream().filter(p -> gold.stream().anyMatch(p::overlaps)).count();
        int found = (int) gold.stream().filter(g -> predicted.stream().anyMatch(g::overlaps)).count();
        return new NerScore(predicted.size(), gold.size(), strict, right, found);
    }

    private static List<Span> filter(List<NerSpan> spans, NerType type) {
        return spans.stream().filter(s -> s.type() == type).map(NerSpan::span).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
