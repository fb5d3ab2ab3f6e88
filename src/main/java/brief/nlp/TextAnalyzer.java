package brief.nlp;

import brief.text.CleanText;
import brief.text.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Clean text to sentences and Nori morphemes. Sentences come from a {@link SentenceSplitter}: by default
 * {@link RuleSentences} (a full stop, question or exclamation mark before white space, or a line break),
 * which scores at least as well as an OpenNLP model trained on konec ({@link SentenceModel}; {@code
 * brief eval-ner} prints both). Nori's dictionary is loaded once per process, on first use.
 */
public final class TextAnalyzer {

    private final SentenceSplitter sentences;

    /** An analyzer with the rule splitter. */
    public TextAnalyzer() {
        this(new RuleSentences());
    }

    public TextAnalyzer(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    public AnalyzedText analyze(CleanText clean) {
        String text = clean.text();
        return new AnalyzedText(clean, sentences.split(text), tokens(text));
    }

    /** {@return the Nori morphemes of {@code text}, punctuation left out, with offsets into it} */
    public static List<Token> tokens(String text) {
        return READERS.get().tokens(text);
    }

    /**
     * One thread's Nori tokenizer, kept for its next text: the wrap judge and the scramble check ask for a
     * few words at a time, thousands of times a document, and a new tokenizer each time (its buffers,
     * lattice and attributes) cost more than reading the words. Lucene's analyzers reuse a tokenizer the
     * same way: {@code reset} clears all it remembers of the previous text.
     */
    private static final ThreadLocal<Reader> READERS = ThreadLocal.withInitial(Reader::new);

    private static final class Reader {
        private final KoreanTokenizer tokenizer = NoriDictionaries.tokenizer(
                null, DecompoundMode.NONE, false, true);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

        List<Token> tokens(String text) {
            List<Token> out = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                try {
                    tokenizer.reset();
                    while (tokenizer.incrementToken()) {
                        String tag = pos.getLeftPOS() == null ? "UNKNOWN" : pos.getLeftPOS().name();
                        out.add(new Token(term.toString(), tag, new Span(offset.startOffset(), offset.endOffset())));
                    }
                    tokenizer.end();
                } finally {
                    tokenizer.close(); // ready for the next setReader, even after a failure
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading a string cannot fail", e);
            }
            return out;
        }
    }
}
