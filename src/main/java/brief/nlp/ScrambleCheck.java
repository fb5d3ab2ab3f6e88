package brief.nlp;

import brief.text.CleanText;
import brief.text.PageRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages whose text reads as scrambled. Letters read out of order (a producer's drawing order taken for
 * reading order) make Hangul eojeol Nori cannot read as words: unknown pieces, or nothing longer than
 * one syllable. Every text has a few (names, abbreviations, cut table cells); a page is scrambled when
 * its share of such eojeol is far above the document's own (its median page) and high in itself.
 */
public final class ScrambleCheck {

    /** A page's share of unreadable eojeol must be at least this, whatever the document's norm. */
    static final double FLOOR = 0.25;
    /** ... and this many times the document's norm: its median page share, ... */
    static final double OVER_NORM = 3;
    /**
     * ... counted as at most this: briefs heavy with names and abbreviations run to about 0.1 (the
     * shared real PDFs: 0.00–0.02, their worst pages 0.12), and a document scrambled throughout must
     * not make scrambling its norm.
     */
    static final double MAX_NORM = 0.1;
    /** Pages with fewer Hangul eojeol than this are not judged: too little to tell. */
    static final int MIN_EOJEOL = 15;

    /** One-syllable pieces that are not particles, endings, affixes or the copula it takes to call an eojeol shattered. */
    static final int LONE_PIECES = 2;
    /** Nori tags of function morphemes, which are one syllable by nature: particles, endings, affixes, copula. */
    private static final Pattern FUNCTION = Pattern.compile("J|E|X|VCP");

    private static final Pattern EOJEOL = Pattern.compile("[가-힣]{3,}");

    /** A page's tally: Hangul eojeol of three syllables or more, and how many of them read as no word. */
    public record PageScore(int page, int eojeol, int unreadable) {
        /** {@return the share of unreadable eojeol, 0 for a page without any} */
        public double share() {
            return eojeol == 0 ? 0 : (double) unreadable / eojeol;
        }
    }

    /** {@return the pages of {@code text} that read as scrambled, each with its tally} */
    public List<PageScore> scrambled(CleanText text) {
        List<PageScore> scores = new ArrayList<>();
        Map<String, Boolean> judged = new HashMap<>(); // a word reads the same on every page
        for (PageRange p : text.pages()) {
            scores.add(score(p.page(), p.span().of(text.text()), judged));
        }
        List<Double> shares = new ArrayList<>(scores.stream().filter(s -> s.eojeol() >= MIN_EOJEOL)
                .map(PageScore::share).toList());
        if (shares.isEmpty()) {
            return List.of();
        }
        shares.sort(null);
        double norm = Math.min(MAX_NORM, shares.get(shares.size() / 2));
        double threshold = Math.max(FLOOR, OVER_NORM * norm);
        return scores.stream().filter(s -> s.eojeol() >= MIN_EOJEOL && s.share() >= threshold).toList();
    }

    /**
     * {@return the tally of one page} An eojeol (its longest Hangul run of three syllables or more) is
     * unreadable when Nori, reading it alone, finds a piece it does not know or only one-syllable pieces.
     */
    public static PageScore score(int page, String text) {
        return score(page, text, new HashMap<>());
    }

    private static PageScore score(int page, String text, Map<String, Boolean> judged) {
        int eojeol = 0;
        int unreadable = 0;
        for (String word : text.split("\\s+")) {
            Matcher m = EOJEOL.matcher(word);
            String longest = "";
            while (m.find()) {
                longest = m.group().length() > longest.length() ? m.group() : longest;
            }
            if (longest.isEmpty()) {
                continue;
            }
            eojeol++;
            if (judged.computeIfAbsent(longest, ScrambleCheck::unreadable)) {
                unreadable++;
            }
        }
        return new PageScore(page, eojeol, unreadable);
    }

    /** {@return whether Nori, reading {@code word} alone, finds a piece it does not know or only lone syllables} */
    private static boolean unreadable(String word) {
        List<Token> tokens = TextAnalyzer.tokens(word);
        boolean unknown = tokens.stream().anyMatch(t -> t.pos().equals("UNKNOWN"));
        long lone = tokens.stream().filter(t -> t.surface().length() == 1 && !FUNCTION.matcher(t.pos()).lookingAt())
                .count();
        return unknown || lone >= LONE_PIECES;
    }
}
