package brief.nlp;

import brief.text.CleanText;
import brief.text.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Clean text to sentences and Nori morphemes. Sentences end at a full stop, question or exclamation
 * mark followed by white space, or at a line break (the clean text keeps one paragraph, table row or
 * heading per line). Nori's dictionary is loaded once per process, on first use.
 */
public final class TextAnalyzer {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])[\\p{Zs}\\t]+|\\n+");

    public AnalyzedText analyze(CleanText clean) {
        String text = clean.text();
        return new AnalyzedText(clean, sentences(text), tokens(text));
    }

    static List<Span> sentences(String text) {
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

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** {@return the Nori morphemes of {@code text}, punctuation left out, with offsets into it} */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (KoreanTokenizer tokenizer = new KoreanTokenizer(
                KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, DecompoundMode.NONE, false, true)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String tag = pos.getLeftPOS() == null ? "UNKNOWN" : pos.getLeftPOS().name();
                out.add(new Token(term.toString(), tag, new Span(offset.startOffset(), offset.endOffset())));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }
}
