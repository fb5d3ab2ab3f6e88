package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firms in holdings lists written as prose: after a word that says companies follow ({@code 종목으로는},
 * {@code 기업으로는}, {@code 업체는}, {@code 발행사:}), a list of two or more items joined by commas and
 * closed by {@code 등} names a firm in each item ({@code 기여한 종목으로는 하나마이크론, F&F, HPSP,
 * 하나머티리얼즈 등이며}). An item the gazetteer names is its listed firm, the list being the context a
 * short capital alias ({@code HPSP}) needs; an item of more than two words or
 * twenty characters is no name; {@link NameCheck} still drops common nouns among the rest.
 */
public final class FirmListFinder implements NameFinder {

    private static final String ITEM = "[^\\s,、·()\\[\\]]{2,20}(?:[ ][^\\s,、·()\\[\\]]{1,20})?";
    private static final Pattern LIST = Pattern.compile("(?:종목|기업|업체|회사|발행사|발행기관|보유종목)"
            + "(?:으로는|으로|은|는|:|들은|들로는)[ ]*(" + ITEM + "(?:[ ]?[,、][ ]?" + ITEM + ")+)[ ]?등");
    private static final Pattern SEP = Pattern.compile("[ ]?[,、][ ]?");

    private final Gazetteer gazetteer;

    public FirmListFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<EntityMention> out = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            Matcher sep = SEP.matcher(text).region(m.start(1), m.end(1));
            List<Span> items = new ArrayList<>();
            while (sep.find()) {
                items.add(new Span(start, sep.start()));
                start = sep.end();
            }
            items.add(new Span(start, m.end(1)));
            for (Span item : items) {
                String name = item.of(text);
                java.util.Optional<Gazetteer.Match> listed = gazetteer.find(name).stream()
                        .filter(g -> !g.weak() && g.span().length() == name.length()).findFirst();
                if (listed.isPresent()) {
                    // a short capital alias (HPSP) needs context to count, and a list of holdings is that
                    // context: the item is the listed firm, as its entry names it
                    Gazetteer.Entry e = listed.get().entries().getFirst();
                    if (e.kind() == EntityKind.FIRM) {
                        out.add(GazetteerFinder.mention(item, text, e));
                    }
                } else if (name.chars().filter(Character::isLetter).count() >= 2) {
                    out.add(RuleFinder.unknown(item, text, EntityKind.FIRM, ""));
                }
            }
        }
        return out;
    }
}
