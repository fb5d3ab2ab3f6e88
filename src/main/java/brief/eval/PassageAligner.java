package brief.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores a hand-typed passage against the text a tool gives for the passage's page: the passage is
 * aligned with the window of the page's words that matches it best, and the score is that window's.
 *
 * <p>Words are eojeol (whitespace-separated), compared after {@link #words(String) one folding} that
 * is the same for every tool. For a window {@code w} of the page's words, {@code aligned} is the length
 * of the longest common subsequence of the passage and {@code w}; precision is {@code aligned / |w|},
 * recall {@code aligned / |passage|}. The window chosen is the one with the highest F1 (on a tie, the
 * one that aligns more words, then the earliest) among windows at most {@link #MAX_STRETCH} times as long as the passage — a longer window has
 * a precision under 1/3, so the cap only bounds the work. Words of the page outside the window do not
 * count: a passage is a part of its page, not all of it.
 */
public final class PassageAligner {

    /** A window longer than this many times the passage is not considered. */
    public static final int MAX_STRETCH = 3;

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** {@return the score of {@code passage} against its best window of {@code pageText}} */
    public WordScore score(String passage, String pageText) {
        List<String> ref = words(passage);
        List<String> page = words(pageText);
        if (ref.isEmpty()) {
            return WordScore.ZERO;
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] p = ids(ref, ids, true);
        int[] t = ids(page, ids, false);
        return best(p, t);
    }

    /** Exhaustive over the windows that start and end on a word of the passage (others only lose precision). */
    private static WordScore best(int[] p, int[] t) {
        int m = p.length;
        int maxLength = MAX_STRETCH * m;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        // F1 = 2 * aligned / (length + m): compared exactly as fractions aligned / (length + m)
        int bestAligned = 0;
        int bestLength = 0;
        for (int start = 0; start < t.length; start++) {
            if (t[start] < 0) {
                continue;
            }
            Arrays.fill(prev, 0);
            int end = Math.min(t.length, start + maxLength);
            for (int j = start; j < end; j++) {
                int word = t[j];
                cur[0] = 0;
                for (int k = 1; k <= m; k++) {
                    cur[k] = word == p[k - 1] ? prev[k - 1] + 1 : Math.max(prev[k], cur[k - 1]);
                }
                int[] swap = prev;
                prev = cur;
                cur = swap;
                if (word >= 0) {
                    int aligned = prev[m];
                    int length = j - start + 1;
                    long better = (long) aligned * (bestLength + m) - (long) bestAligned * (length + m);
                    if (better > 0 || better == 0 && aligned > bestAligned) {
                        bestAligned = aligned;
                        bestLength = length;
                    }
                }
            }
        }
        return new WordScore(bestLength, m, bestAligned);
    }

    /** Passage words get ids 0, 1, ...; a page word the passage lacks gets -1 (it can never align). */
    private static int[] ids(List<String> words, Map<String, Integer> ids, boolean add) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            String w = words.get(i);
            out[i] = add ? ids.computeIfAbsent(w, k -> ids.size()) : ids.getOrDefault(w, -1);
        }
        return out;
    }

    /**
     * {@return the words of {@code text} as scored} NFKC (full-width forms, compatibility ideographs and
     * circled digits to their plain forms), every variant of a quote, dash, tilde and middle dot folded
     * into one; split at white space; a word with no letter or digit (a bullet, a lone dash or arrow) is
     * dropped, since which glyph a document uses for a marker is not text a reader searches for.
     */
    public static List<String> words(String text) {
        String s = Normalizer.normalize(fold(text), Normalizer.Form.NFKC);
        s = fold(s).strip();
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String w : SPACE.split(s)) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' -> '-';
                case '\u223C', '\u301C', '\uFF5E' -> '~';
                // U+318D is the Hangul letter arae-a, which Hangul word processors also use as a middle dot
                case '\u318D', '\u2027', '\u2219', '\u30FB', '\uFF65', '\u22C5' -> '\u00B7';
                default -> c;
            });
        }
        return b.toString();
    }
}
