package brief.ner;

import brief.eval.F1;
import brief.nlp.SentenceSplitter;
import brief.text.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence-boundary counts. A boundary is the end of a sentence that has more text after it on the
 * same line: line ends are sentence ends for every splitter, so counting them would only flatter.
 */
public record SentenceScore(int predicted, int gold, int right) {

    public static final SentenceScore ZERO = new SentenceScore(0, 0, 0);

    /** {@return the counts of {@code splitter} on {@code text} against the {@code gold} sentences} */
    public static SentenceScore of(SentenceSplitter splitter, String text, List<Span> gold) {
        Set<Integer> g = boundaries(text, gold);
        Set<Integer> p = boundaries(text, splitter.split(text));
        int right = (int) p.stream().filter(g::contains).count();
        return new SentenceScore(p.size(), g.size(), right);
    }

    static Set<Integer> boundaries(String text, List<Span> sentences) {
        Set<Integer> out = new HashSet<>();
        for (Span s : sentences) {
            int i = s.end();
            while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) != '\n') {
                out.add(s.end());
            }
        }
        return out;
    }

    public SentenceScore plus(SentenceScore o) {
        return new SentenceScore(predicted + o.predicted, gold + o.gold, right + o.right);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) right / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) right / gold;
    }

    public double f1() {
        return F1.of(precision(), recall());
    }
}
