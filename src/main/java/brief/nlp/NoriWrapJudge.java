package brief.nlp;

import brief.text.WrapJudge;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.morph.GraphvizFormatter;

/**
 * Judges a line wrap by Nori's lattice: the two pieces are one word when the best segmentation of the
 * joined string costs less than that of the spaced one ({@code 나|선다고}: {@code 나선다고} is one
 * verb form, cheaper than the pronoun {@code 나} plus {@code 선다고}). Nori reports costs only through its
 * Graphviz formatter, whose best-path edges carry {@code "surface wordCost+connectionCost"}.
 */
public final class NoriWrapJudge implements WrapJudge {

    private static final Pattern BEST_EDGE = Pattern.compile(
            "label=\"[^\"]* (-?\\d+)([+-]\\d+)\" color=\"#40e050\"");

    @Override
    public boolean oneWord(String left, String right) {
        List<Token> tokens = TextAnalyzer.tokens(left + right);
        // a particle at the end of the string reads as a noun without a word after it (시장|의 alone is
        // 시장 + the noun 의); a noun after a space gives it that context, as in startsWithParticle
        Optional<Token> startsRight = TextAnalyzer.tokens(left + right + CONTEXT).stream()
                .filter(t -> t.span().start() == left.length()).findFirst();
        if (startsRight.isPresent() && attaches(startsRight.get().pos())) {
            return true; // TSMC|의, 협|력을: a particle, ending or suffix never starts a word
        }
        if (endsLatin(left) && startsWithParticle(right)) {
            return true; // TSMC|의, Harmony|의
        }
        long joined = cost(left + right);
        long spaced = cost(left + " " + right);
        if (joined != spaced) {
            return joined < spaced;
        }
        // A tie: the space changes nothing in the best reading. One word when a morpheme spans the break.
        return tokens.stream().anyMatch(t -> t.span().start() < left.length() && t.span().end() > left.length());
    }

    /**
     * Nori starts a new word where Latin meets Hangul and reads a lone {@code 의} there as a noun; a
     * Hangul noun in place of the Latin word shows whether the right side opens with a particle. Two
     * stand-ins, with and without a final consonant, since 은/는, 이/가, 을/를 follow the sound; a noun
     * after the word gives a particle at the end of the string the context it needs to read as one.
     */
    private static boolean startsWithParticle(String right) {
        for (String noun : STAND_INS) {
            boolean particle = TextAnalyzer.tokens(noun + right + CONTEXT).stream()
                    .filter(t -> t.span().start() == noun.length()).findFirst()
                    .map(t -> t.pos().startsWith("J")).orElse(false);
            if (particle) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> STAND_INS = List.of("기업", "회사");
    /** A word after the pieces, so that a particle at their end has what follows a particle. */
    private static final String CONTEXT = " 문제";

    private static boolean endsLatin(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c < 0x250 && Character.isLetter(c);
    }

    private static boolean attaches(String pos) {
        // the copula 이다 (VCP) attaches; its negative 아니다 (VCN) is a word of its own: 일이 아니다
        return pos.startsWith("J") || pos.startsWith("E") || pos.startsWith("XS") || pos.equals("VCP");
    }

    /** {@return the total cost of Nori's best path through {@code text}} */
    static long cost(String text) {
        GraphvizFormatter<KoMorphData> formatter = new GraphvizFormatter<>(
                NoriDictionaries.costs());
        KoreanTokenizer tokenizer = LATTICES.get();
        try {
            tokenizer.setGraphvizFormatter(formatter);
            tokenizer.setReader(new StringReader(text));
            try {
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    // the formatter records the lattice as the tokenizer backtraces
                }
                tokenizer.end();
            } finally {
                tokenizer.close(); // ready for the next text, even after a failure
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        long total = 0;
        Matcher m = BEST_EDGE.matcher(formatter.finish());
        while (m.find()) {
            total += Long.parseLong(m.group(1)) + Long.parseLong(m.group(2));
        }
        return total;
    }

    /** One tokenizer per thread, reused from wrap to wrap ({@code reset} forgets the previous text). */
    private static final ThreadLocal<KoreanTokenizer> LATTICES = ThreadLocal.withInitial(() -> NoriDictionaries.tokenizer(
            null, KoreanTokenizer.DecompoundMode.NONE, false, false));
}
