package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.TextAnalyzer;
import brief.nlp.Token;
import brief.text.Span;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * The binary searches of {@link TokenIndex} against the scans they replace, on the morphemes Nori reads
 * in the first paragraphs of the corpus brief: every span of up to {@link #WIDEST} characters and every
 * offset, once as the pipeline analyses (morphemes apart) and once with compounds and their parts
 * ({@code MIXED}), where morphemes overlap and a search that stopped at the first one too long would miss
 * parts after it.
 */
class TokenIndexTest {

    private static final int WIDEST = 16;

    private static String passage() throws IOException {
        String text = Files.readString(Path.of("corpus/fki-global-brief-16.pdf.txt"));
        return text.substring(0, Math.min(text.length(), 1500));
    }

    @Test
    void answersAsAScanDoesOnThePipelinesMorphemes() throws IOException {
        String text = passage();
        List<Token> tokens = TextAnalyzer.tokens(text);
        assertTrue(tokens.size() > 200, "Nori read " + tokens.size() + " morphemes");
        assertSameAsScan(text, tokens);
    }

    @Test
    void answersAsAScanDoesWhereCompoundsOverlapTheirParts() throws IOException {
        String text = passage();
        List<Token> tokens = mixed(text);
        boolean overlap = false;
        for (int i = 1; i < tokens.size(); i++) {
            overlap |= tokens.get(i).span().start() < tokens.get(i - 1).span().end();
        }
        assertTrue(overlap, "MIXED mode gave no compound with its parts");
        assertSameAsScan(text, tokens);
    }

    private static void assertSameAsScan(String text, List<Token> tokens) {
        TokenIndex index = new TokenIndex(tokens);
        for (int start = 0; start <= text.length(); start++) {
            int at = start;
            assertEquals(tokens.stream().filter(t -> t.span().start() == at).toList(), index.startingAt(start),
                    "starting at " + start);
            assertEquals(tokens.stream().anyMatch(t -> t.span().start() < at && t.span().end() > at),
                    index.crosses(start), "crossing " + start);
            for (int end = start; end <= Math.min(text.length(), start + WIDEST); end++) {
                Span span = new Span(start, end);
                assertEquals(tokens.stream().filter(t -> span.contains(t.span())).toList(), index.within(span),
                        "within " + span + " '" + span.of(text) + "'");
            }
        }
    }

    /** Nori's morphemes of {@code text} with compounds kept beside their parts, in the order Nori gives. */
    private static List<Token> mixed(String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (KoreanTokenizer tokenizer = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                DecompoundMode.MIXED, false, true)) {
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String tag = pos.getLeftPOS() == null ? "UNKNOWN" : pos.getLeftPOS().name();
                out.add(new Token(term.toString(), tag, new Span(offset.startOffset(), offset.endOffset())));
            }
            tokenizer.end();
        }
        return out;
    }
}
