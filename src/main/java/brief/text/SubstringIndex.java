package brief.text;

/**
 * Whether a string occurs anywhere in a text, answered from a suffix array built once: {@link #contains}
 * gives what {@link String#contains} gives, in time that grows with the length of the pattern and the
 * logarithm of the text's, so a document's thousands of look-ups cost what one scan of it costs.
 *
 * <p>Built by prefix doubling (sort the suffixes by their first 1, 2, 4, ... characters, each round a
 * counting sort on the ranks of the round before), which stops as soon as every suffix has a rank of its
 * own: rounds grow with the logarithm of the longest repeated passage, never with the text.
 */
public final class SubstringIndex {

    private final String text;
    /** The start of every suffix of {@link #text}, in the order of the suffixes. */
    private final int[] suffixes;

    private SubstringIndex(String text, int[] suffixes) {
        this.text = text;
        this.suffixes = suffixes;
    }

    /** {@return the index of {@code text}} */
    public static SubstringIndex of(String text) {
        return new SubstringIndex(text, suffixArray(text));
    }

    /** {@return whether {@code pattern} occurs in the text} The empty pattern occurs in every text. */
    public boolean contains(String pattern) {
        if (pattern.isEmpty()) {
            return true;
        }
        int lo = 0;
        int hi = suffixes.length;
        while (lo < hi) { // the first suffix not less than the pattern
            int mid = (lo + hi) >>> 1;
            if (compare(suffixes[mid], pattern) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < suffixes.length && text.startsWith(pattern, suffixes[lo]);
    }

    /** The suffix at {@code start} against {@code pattern}, over the pattern's length at most. */
    private int compare(int start, String pattern) {
        int n = Math.min(text.length() - start, pattern.length());
        for (int i = 0; i < n; i++) {
            int d = text.charAt(start + i) - pattern.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return n == pattern.length() ? 0 : -1; // a suffix shorter than the pattern sorts before it
    }

    /**
     * The suffix array of {@code s}: the cyclic shifts of {@code s} plus a sentinel below every char,
     * sorted; with the sentinel, the order of the shifts is the order of the suffixes.
     */
    static int[] suffixArray(String s) {
        int n = s.length() + 1;
        int[] order = new int[n];
        int[] rank = new int[n];
        int[] count = new int[Math.max(Character.MAX_VALUE + 2, n)];
        for (int i = 0; i < n; i++) {
            count[symbol(s, i)]++;
        }
        for (int i = 1; i < count.length; i++) {
            count[i] += count[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            order[--count[symbol(s, i)]] = i;
        }
        int classes = 1;
        rank[order[0]] = 0;
        for (int i = 1; i < n; i++) {
            if (symbol(s, order[i]) != symbol(s, order[i - 1])) {
                classes++;
            }
            rank[order[i]] = classes - 1;
        }
        int[] shifted = new int[n];
        int[] next = new int[n];
        for (int half = 1; classes < n && half < n; half <<= 1) {
            // sorted by the second half already: shift each start back by half, then sort by the first half
            for (int i = 0; i < n; i++) {
                shifted[i] = order[i] - half < 0 ? order[i] - half + n : order[i] - half;
            }
            java.util.Arrays.fill(count, 0, classes, 0);
            for (int i = 0; i < n; i++) {
                count[rank[shifted[i]]]++;
            }
            for (int i = 1; i < classes; i++) {
                count[i] += count[i - 1];
            }
            for (int i = n - 1; i >= 0; i--) {
                order[--count[rank[shifted[i]]]] = shifted[i];
            }
            next[order[0]] = 0;
            classes = 1;
            for (int i = 1; i < n; i++) {
                int a = order[i];
                int b = order[i - 1];
                if (rank[a] != rank[b] || rank[(a + half) % n] != rank[(b + half) % n]) {
                    classes++;
                }
                next[a] = classes - 1;
            }
            int[] t = rank;
            rank = next;
            next = t;
        }
        // drop the sentinel's own suffix, which always sorts first
        return java.util.Arrays.copyOfRange(order, 1, n);
    }

    private static int symbol(String s, int i) {
        return i == s.length() ? 0 : s.charAt(i) + 1;
    }
}
