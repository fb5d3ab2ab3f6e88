package brief.nlp;

import brief.text.CleanText;
import brief.text.Span;
import java.util.List;

/** A clean text with its sentences and Nori morphemes, both as spans of the clean text, in order. */
public record AnalyzedText(CleanText clean, List<Span> sentences, List<Token> tokens) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** {@return the clean text itself} */
    public String text() {
        return clean.text();
    }

    /**
     * {@return the sentence holding {@code offset}, or the whole text when no sentence does} A binary
     * search over the sentences, which are in order and do not overlap: called for every mention, a scan
     * made a long document cost its mentions times its sentences.
     */
    public Span sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) { // the last sentence starting at or before offset
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (hi >= 0 && offset < sentences.get(hi).end()) {
            return sentences.get(hi);
        }
        return new Span(0, clean.text().length());
    }
}
