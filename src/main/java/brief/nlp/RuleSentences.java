package brief.nlp;

import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences end at a full stop, question or exclamation mark followed by white space, or at a line break. */
public final class RuleSentences implements SentenceSplitter {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])[\\p{Zs}\\t]+|\\n+");

    @Override
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int from = 0;
        while (m.find()) {
            addTrimmed(text, from, m.start(), out);
            from = m.end();
        }
        addTrimmed(text, from, text.length(), out);
        return out;
    }

    /** Adds {@code [start, end)} of {@code text} without its leading and trailing white space, if anything is left. */
    static void addTrimmed(String text, int start, int end, List<Span> out) {
        new Span(start, end).strip(text).ifPresent(out::add);
    }
}
