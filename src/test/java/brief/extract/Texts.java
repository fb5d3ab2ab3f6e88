package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.CleanText;
import brief.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test helpers: a one-page analysed text, and one-line renderings of mentions for table tests. */
final class Texts {

    private Texts() {
    }

    /** Rule extractors read only the text, so sentences and tokens stay empty. */
    static AnalyzedText analyzed(String s) {
        return new AnalyzedText(CleanText.ofSinglePage(s), List.of(), List.of());
    }

    /** {@code surface@start-end rest}, mentions joined by {@code " ; "}, so a table cell holds them all. */
    static <M> String render(List<M> mentions, Function<M, String> one) {
        return mentions.stream().map(one).collect(Collectors.joining(" ; "));
    }

    static String at(String text, Span span) {
        return text + "@" + span.start() + "-" + span.end();
    }

    static String qualifier(Optional<Qualifier> q) {
        return q.map(x -> " " + x.json()).orElse("");
    }
}
