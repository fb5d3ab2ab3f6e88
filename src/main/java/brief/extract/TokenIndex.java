package brief.extract;

import brief.nlp.Token;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nori morphemes of one document, indexed once by offset so that the morphemes of a span, or
 * whether a morpheme runs across an offset, take a binary search instead of a scan of the whole
 * document: asked for every candidate name, a scan made a long document cost its candidates times its
 * morphemes.
 *
 * <p>Morphemes must come sorted by start. The shipped analysis ({@code DecompoundMode.NONE}) gives
 * morphemes that do not overlap, but the answers do not rely on it: a compound with its parts (Nori's
 * {@code MIXED} mode) gets the same answers a scan of every morpheme gives.
 */
final class TokenIndex {

    private final List<Token> tokens;
    private final int[] starts;
    /** The greatest end of the morphemes up to each index: what reaches furthest from before an offset. */
    private final int[] reach;

    TokenIndex(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.starts = new int[tokens.size()];
        this.reach = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            Span span = this.tokens.get(i).span();
            starts[i] = span.start();
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("morphemes out of order at " + span + ", after one at "
                        + this.tokens.get(i - 1).span());
            }
            reach[i] = i > 0 ? Math.max(reach[i - 1], span.end()) : span.end();
        }
    }

    /** {@return the morphemes that lie wholly inside {@code span}, in text order} */
    List<Token> within(Span span) {
        List<Token> out = new ArrayList<>();
        // only a morpheme starting inside the span can lie inside it; an empty one may start at its end
        for (int i = firstAtOrAfter(span.start()); i < starts.length && starts[i] <= span.end(); i++) {
            if (tokens.get(i).span().end() <= span.end()) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** {@return whether a morpheme starts before {@code offset} and ends after it} */
    boolean crosses(int offset) {
        int i = firstAtOrAfter(offset) - 1;
        return i >= 0 && reach[i] > offset;
    }

    /** {@return the morphemes that start before {@code offset} and end after it, in text order} */
    List<Token> crossing(int offset) {
        List<Token> out = new ArrayList<>();
        for (int i = firstAtOrAfter(offset) - 1; i >= 0 && reach[i] > offset; i--) {
            if (tokens.get(i).span().end() > offset) {
                out.addFirst(tokens.get(i));
            }
        }
        return out;
    }

    /** {@return the morphemes that start at {@code offset}, in text order} */
    List<Token> startingAt(int offset) {
        int from = firstAtOrAfter(offset);
        int to = from;
        while (to < starts.length && starts[to] == offset) {
            to++;
        }
        return tokens.subList(from, to);
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
