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

    /** {@return the sentence holding {@code offset}, or the whole text when no sentence does} */
    public Span sentenceAt(int offset) {
        for (Span s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return new Span(0, clean.text().length());
    }
}
