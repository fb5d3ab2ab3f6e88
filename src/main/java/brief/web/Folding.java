package brief.web;

import brief.index.Hit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hits folded under the first of their near-duplicates: the same paragraph in copies of one brief (two
 * typesettings, a re-issue, a file saved twice) is one result with its copies listed beneath, not four
 * results one below the other. Two snippets are near-duplicates when the character trigrams of their
 * letters and digits (marks, spaces and punctuation dropped, so typesetting does not count) overlap by
 * at least {@link #SIMILAR} (Jaccard). The best-ranked hit leads its group; groups keep rank order.
 */
final class Folding {

    /** Jaccard of trigram sets from which two passages are copies: reflowed or re-hyphenated text stays above it. */
    static final double SIMILAR = 0.8;

    /** A hit and its copies, best first. */
    record Group(Hit first, List<Hit> copies) {
        Group {
            copies = List.copyOf(copies);
        }
    }

    private Folding() {
    }

    static List<Group> fold(List<Hit> hits) {
        List<Hit> leaders = new ArrayList<>();
        List<Set<String>> shingles = new ArrayList<>();
        List<List<Hit>> copies = new ArrayList<>();
        for (Hit h : hits) {
            Set<String> s = trigrams(h.snippet());
            int group = -1;
            for (int i = 0; i < leaders.size() && group < 0; i++) {
                if (jaccard(s, shingles.get(i)) >= SIMILAR) {
                    group = i;
                }
            }
            if (group < 0) {
                leaders.add(h);
                shingles.add(s);
                copies.add(new ArrayList<>());
            } else {
                copies.get(group).add(h);
            }
        }
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < leaders.size(); i++) {
            out.add(new Group(leaders.get(i), copies.get(i)));
        }
        return out;
    }

    static Set<String> trigrams(String snippet) {
        String letters = snippet.replace("<b>", "").replace("</b>", "").replaceAll("[^\\p{L}\\p{N}]+", "")
                .toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new HashSet<>();
        if (letters.length() < 3) {
            out.add(letters);
            return out;
        }
        for (int i = 0; i + 3 <= letters.length(); i++) {
            out.add(letters.substring(i, i + 3));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String s : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
