package brief.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Word-level agreement of an extracted text with a reference: words are whitespace-separated
 * (eojeol), aligned in order by their longest common subsequence; precision is the share of extracted
 * words in the alignment, recall the share of reference words.
 */
public record WordScore(int extracted, int reference, int aligned) {

    /** Nothing extracted, nothing to find: the start of a micro-average. */
    public static final WordScore ZERO = new WordScore(0, 0, 0);

    public WordScore {
        if (extracted < 0 || reference < 0 || aligned < 0 || aligned > Math.min(extracted, reference)) {
            throw new IllegalArgumentException("word counts extracted " + extracted + ", reference " + reference
                    + ", aligned " + aligned + " are not possible");
        }
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    public static WordScore of(String extractedText, String referenceText) {
        List<String> got = words(extractedText);
        List<String> ref = words(referenceText);
        return new WordScore(got.size(), ref.size(), lcs(got, ref));
    }

    public double precision() {
        return extracted == 0 ? 0 : (double) aligned / extracted;
    }

    public double recall() {
        return reference == 0 ? 0 : (double) aligned / reference;
    }

    public double f1() {
        return F1.of(precision(), recall());
    }

    /** {@return both scores' counts summed: micro-averaging over passages or documents} */
    public WordScore plus(WordScore other) {
        return new WordScore(extracted + other.extracted, reference + other.reference, aligned + other.aligned);
    }

    static List<String> words(String text) {
        String s = text.strip();
        return s.isEmpty() ? List.of() : List.of(SPACE.split(s));
    }

    /** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
