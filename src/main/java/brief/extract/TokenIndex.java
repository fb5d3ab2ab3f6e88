package brief.extract;

import brief.nlp.Token;
import brief.text.Span;
import java.util.List;

/**
 * The Nori morphemes of one document, indexed once by offset so that the morphemes of a span, or
 * whether a morpheme runs across an offset, take a binary search instead of a scan of the whole
 * document. Morphemes come in text order and do not overlap ({@code DecompoundMode.NONE}).
 */
final class TokenIndex {

    private final List<Token> tokens;
    private final int[] starts;

    TokenIndex(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).span().start();
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("morphemes out of order at " + tokens.get(i).span());
            }
        }
    }

    /** {@return the morphemes that lie wholly inside {@code span}, in text order} */
    List<Token> within(Span span) {
        int from = firstAtOrAfter(span.start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).span().end() <= span.end()) {
            to++;
        }
        return tokens.subList(from, to);
    }

    /** {@return whether a morpheme starts before {@code offset} and ends after it} */
    boolean crosses(int offset) {
        int i = firstAtOrAfter(offset) - 1;
        return i >= 0 && tokens.get(i).span().end() > offset;
    }

    /** {@return the morpheme that starts at {@code offset}, when one does} */
    java.util.Optional<Token> startingAt(int offset) {
        int i = firstAtOrAfter(offset);
        return i < tokens.size() && starts[i] == offset ? java.util.Optional.of(tokens.get(i)) : java.util.Optional.empty();
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
