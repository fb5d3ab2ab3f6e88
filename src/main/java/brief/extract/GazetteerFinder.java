package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names the gazetteer knows. A weak alias ({@code 삼성}, {@code 미쓰비시}) counts only when the same
 * document names one of its entries by a strong alias; it then goes to the nearest such entry before
 * it, else the nearest after it. Otherwise it is dropped: a lone {@code 삼성} could be the group, the
 * electronics maker or something else.
 */
public final class GazetteerFinder implements NameFinder {

    private final Gazetteer gazetteer;

    public GazetteerFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Gazetteer.Match> matches = gazetteer.find(text);
        List<Gazetteer.Match> strong = matches.stream().filter(m -> !m.weak()).toList();
        List<EntityMention> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            Optional<Gazetteer.Entry> entry = m.weak() ? resolve(m, strong) : Optional.of(m.entries().get(0));
            entry.ifPresent(e -> out.add(mention(m.span(), text, e)));
        }
        return out;
    }

    private static Optional<Gazetteer.Entry> resolve(Gazetteer.Match weak, List<Gazetteer.Match> strong) {
        Gazetteer.Entry before = null;
        Gazetteer.Entry after = null;
        for (Gazetteer.Match s : strong) {
            Gazetteer.Entry e = s.entries().get(0);
            if (!weak.entries().contains(e)) {
                continue;
            }
            if (s.span().start() < weak.span().start()) {
                before = e;
            } else if (after == null) {
                after = e;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    static EntityMention mention(Span span, String text, Gazetteer.Entry e) {
        return new EntityMention(span, span.of(text), e.kind(), e.name(), Optional.of(e.name()),
                e.country().isEmpty() ? Optional.empty() : Optional.of(e.country()),
                e.kind() == EntityKind.ORGANIZATION ? e.category() : "", List.of());
    }
}
