package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.Token;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firms named once, by the word that introduces them: a noun that says a company follows ({@code 업체},
 * {@code 기업}, {@code 회사}, {@code 스타트업}, {@code 제조사}, {@code 자회사}) and then one word, bare or in
 * quotes, that a particle or the end of the phrase closes ({@code 소셜 펀딩 업체 '킥스타터'에서},
 * {@code 미국 반도체 기업 마이크론은}). A bare word must hold a proper noun or a Latin name by Nori's reading,
 * so {@code 업체 관계자는} and {@code 기업 경쟁력} name nothing (quotes mark a name whatever Nori reads);
 * names the gazetteer lists are left to it. Names joined to the first ({@code 스타트업 뤼이드와 업스테이지가},
 * {@code 업체 A, B 및 C는}) are named by the same cue, each on the same terms.
 */
public final class CueFirmFinder implements NameFinder {

    private static final Pattern CUE = Pattern.compile("(?<![가-힣])(?:업체|기업|회사|스타트업|제조사|자회사|계열사)[ ]"
            + "(['‘\"“]?)([가-힣A-Za-z][가-힣A-Za-z0-9&.\\-]{1,19})(['’\"”]?)");

    private final Gazetteer gazetteer;

    public CueFirmFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        TokenIndex tokens = new TokenIndex(analyzed.tokens());
        List<EntityMention> out = new ArrayList<>();
        Matcher m = CUE.matcher(text);
        while (m.find()) {
            boolean quoted = !m.group(1).isEmpty();
            if (quoted != !m.group(3).isEmpty()) {
                continue; // a quote opened and not closed, or the other way round
            }
            Span word = new Span(m.start(2), m.end(2));
            Span name = quoted ? word : stem(tokens, word);
            if (name.length() < 2 || !quoted && !RuleFinder.followedByTail(text, name.end())) {
                continue;
            }
            boolean named = named(tokens, name);
            boolean listed = gazetteer.find(name.of(text)).stream().anyMatch(g -> !g.weak());
            if ((quoted || named) && !listed) {
                out.add(RuleFinder.unknown(name, text, EntityKind.FIRM, ""));
            }
            if (quoted || named || listed) { // a listed firm opens a list as well as a name Nori knows
                joined(text, tokens, name.end(), out);
            }
        }
        return out;
    }

    /** What joins a name to the next of a list: a particle 와/과 or 및 and a space, a comma, a middle dot. */
    private static final Pattern JOIN = Pattern.compile("(?:[와과][ ]|[ ]?,[ ]?|[ ]및[ ]|·)");
    private static final Pattern NEXT = Pattern.compile("[가-힣A-Za-z][가-힣A-Za-z0-9&.\\-]{1,19}");
    private static final int MAX_JOINED = 4;

    /** The names listed after a cued one, each a proper noun or a Latin name that particles close. */
    private void joined(String text, TokenIndex tokens, int from, List<EntityMention> out) {
        int at = from;
        for (int n = 0; n < MAX_JOINED; n++) {
            Matcher join = JOIN.matcher(text).region(at, text.length());
            if (!join.lookingAt()) {
                return;
            }
            Matcher next = NEXT.matcher(text).region(join.end(), text.length());
            if (!next.lookingAt()) {
                return;
            }
            Span name = stem(tokens, new Span(next.start(), next.end()));
            if (name.length() < 2 || !RuleFinder.followedByTail(text, name.end())) {
                return;
            }
            if (!named(tokens, name)) {
                return;
            }
            if (gazetteer.find(name.of(text)).isEmpty() && gazetteer.country(name.of(text)).isEmpty()) {
                out.add(RuleFinder.unknown(name, text, EntityKind.FIRM, ""));
            }
            at = name.end();
        }
    }

    /** {@return whether Nori reads a proper noun or a Latin name in {@code name}} */
    private static boolean named(TokenIndex tokens, Span name) {
        return tokens.within(name).stream().anyMatch(t -> t.pos().equals("NNP") || t.pos().equals("SL"));
    }

    /** {@return the part of {@code word} before its particles, by Nori's morphemes} */
    private static Span stem(TokenIndex tokens, Span word) {
        int end = word.start();
        for (Token t : tokens.within(word)) {
            if (t.isParticle()) {
                break;
            }
            end = t.span().end();
        }
        return new Span(word.start(), end);
    }
}
