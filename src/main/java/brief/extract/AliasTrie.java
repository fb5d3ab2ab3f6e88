package brief.extract;

import brief.text.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match dictionary lookup over a text, aware of word boundaries. Keys ignore white space
 * ({@code 일본 정부} matches {@code 일본정부}) and Latin case, except that an alias written with a
 * capital must start with one in the text ({@code Arm} is not {@code arm}) and an all-capital alias of
 * up to three letters must match exactly ({@code LG}, not {@code lg}).
 *
 * <p>Boundaries: a Latin or digit edge may not touch another Latin letter or digit ({@code LG} is not
 * in {@code LGBT}); a Hangul start may not follow Hangul; Hangul right after the match must be a
 * particle chain ({@link Josa}), so {@code 도요타가} matches {@code 도요타} and {@code 소니아} does not
 * match {@code 소니}. Matching never crosses a line break.
 *
 * @param <V> what an alias stands for
 */
final class AliasTrie<V> {

    /** One alias as written (white space removed) and what it stands for. */
    record Target<V>(String form, V value) {
    }

    /** A match: its span in the text and every target whose alias it matched. */
    record Hit<V>(Span span, List<Target<V>> targets) {
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>();
        final List<Target<V>> targets = new ArrayList<>(1);
    }

    private final Node<V> root = new Node<>();

    /** Adds {@code alias} for {@code value}; an alias may stand for several values. */
    void add(String alias, V value) {
        String form = squeeze(alias);
        if (form.isEmpty()) {
            throw new IllegalArgumentException("empty alias for " + value);
        }
        Node<V> node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.next.computeIfAbsent(fold(form.charAt(i)), c -> new Node<>());
        }
        node.targets.add(new Target<>(form, value));
    }

    /** {@return the targets of exactly {@code alias} (white space and Latin case ignored)} */
    List<Target<V>> get(String alias) {
        String form = squeeze(alias);
        Node<V> node = root;
        for (int i = 0; i < form.length() && node != null; i++) {
            node = node.next.get(fold(form.charAt(i)));
        }
        return node == null ? List.of() : List.copyOf(node.targets);
    }

    /** {@return non-overlapping longest matches, left to right} */
    List<Hit<V>> find(String text) {
        List<Hit<V>> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Hit<V> hit = canStart(text, i) ? longestAt(text, i) : null;
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.span().end();
            }
        }
        return hits;
    }

    private Hit<V> longestAt(String text, int start) {
        List<Integer> ends = new ArrayList<>();
        List<Node<V>> nodes = new ArrayList<>();
        Node<V> node = root;
        for (int j = start; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                continue;
            }
            node = node.next.get(fold(c));
            if (node == null) {
                break;
            }
            if (!node.targets.isEmpty()) {
                ends.add(j + 1);
                nodes.add(node);
            }
        }
        for (int k = ends.size() - 1; k >= 0; k--) {
            int end = ends.get(k);
            if (!canEnd(text, end)) {
                continue;
            }
            String seen = squeeze(text.substring(start, end));
            List<Target<V>> ok = nodes.get(k).targets.stream().filter(t -> caseFits(t.form(), seen)).toList();
            if (!ok.isEmpty()) {
                return new Hit<>(new Span(start, end), ok);
            }
        }
        return null;
    }

    private static boolean canStart(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        if (p == '&' && i > 1 && Josa.isLatinOrDigit(text.charAt(i - 2)) && Josa.isLatinOrDigit(c)) {
            return false;
        }
        return !(Josa.isLatinOrDigit(c) && Josa.isLatinOrDigit(p)) && !(Josa.isHangul(c) && Josa.isHangul(p));
    }

    private static boolean canEnd(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char last = text.charAt(end - 1);
        char next = text.charAt(end);
        if (Josa.isLatinOrDigit(last) && (Josa.isLatinOrDigit(next) || (next == '&' && end + 1 < text.length()
                && Josa.isLatinOrDigit(text.charAt(end + 1))))) {
            return false; // KT is not in KT&G
        }
        if (Josa.isHangul(next) && (Josa.isHangul(last) || Josa.isLatinOrDigit(last))) {
            return Josa.isTail(text.subSequence(end, Josa.hangulRunEnd(text, end)));
        }
        return true;
    }

    private static boolean caseFits(String form, String seen) {
        if (form.length() <= 3 && form.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return form.equals(seen);
        }
        char f = form.charAt(0);
        return !(f >= 'A' && f <= 'Z') || seen.charAt(0) == f;
    }

    /** {@return {@code s} in NFC without white space} */
    static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static char fold(char c) {
        return Character.toLowerCase(c);
    }
}
