package brief.extract;

import brief.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns from the text which names belong together, and finds the names again.
 * <ul>
 * <li>A name and a name of another script in parentheses right after it are one entity:
 * {@code 폭스콘(Foxconn)}, {@code JASM(Japan Advanced Semiconductor Manufacturing)},
 * {@code 일본첨단반도체제조(JASM*)} (a footnote mark is not part of the name). A bare word before
 * parentheses that hold a known name joins it too: {@code 에이크미(Acme Inc.)}.</li>
 * <li>A gloss {@code JASM: Japan Advanced Semiconductor Manufacturing의 약자} names the same entity.</li>
 * <li>Every name found anywhere is looked for again in the whole text ({@code (주)대성정밀}, later
 * {@code 대성정밀은}).</li>
 * </ul>
 * Two different gazetteer entries are never merged, whatever the text pairs: the gazetteer is curated
 * and a document's slip ({@code 한국과학기술기획평가원(IITP)}) must not rewrite it.
 */
final class AliasLinker {

    private static final Pattern PAREN = Pattern.compile("[ ]?\\(([^()\\n]{1,80})\\)");
    private static final Pattern GLOSS = Pattern.compile(
            "[ ]?(?::|은|는|이란|란)[ ]*([A-Za-z][A-Za-z0-9 .&'\\-]{1,80}?)[ ]*의[ ]?(?:약자|약칭|줄임말)");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .&'\\-]*(?:,? (?:Ltd|Inc)\\.?)?");
    private static final Pattern HANGUL = Pattern.compile("[\\p{IsHangul}]{2,20}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー]{2,20}");
    private static final Set<String> NOT_NAMES = Set.of("가칭", "주", "株", "예정", "계획", "약칭", "구칭", "현재",
            "이하", "당시", "가명");
    /** Country codes a body's name is tagged with ({@code 대한민국특허청(KR)}): where it is, not what it is called. */
    private static final Set<String> COUNTRY_CODES = Set.of("KR", "US", "JP", "CN", "TW", "DE", "FR", "GB", "UK", "EP",
            "WO", "EU", "IN", "VN", "SG", "HK", "KP", "RU", "CA", "AU", "NL", "IT", "ES", "CH", "SE", "IL");

    private final List<EntityMention> mentions;
    /** Where each mention stands, with its index: the mentions never overlap, and every pair and echo asks. */
    private final DisjointSpans<Integer> spans = new DisjointSpans<>();
    private final List<Integer> parent = new ArrayList<>();
    private final String text;

    /** @param mentions of which none overlaps another (as {@link MentionMerger} leaves them) */
    private AliasLinker(String text, List<EntityMention> mentions) {
        this.text = text;
        this.mentions = new ArrayList<>(mentions);
        for (EntityMention m : mentions) {
            spans.add(m.span(), parent.size());
            parent.add(parent.size());
        }
    }

    /** {@return {@code mentions} plus the names learned from the text, keys unified, in text order} */
    static List<EntityMention> link(String text, List<EntityMention> mentions) {
        AliasLinker l = new AliasLinker(text, mentions);
        l.pairs();
        l.echoes();
        return l.unified();
    }

    private void pairs() {
        int n = mentions.size();
        for (int i = 0; i < n; i++) {
            EntityMention m = mentions.get(i);
            Matcher p = PAREN.matcher(text).region(m.span().end(), text.length());
            if (p.lookingAt()) {
                pair(i, trimmed(p.start(1), p.end(1)), true);
            }
            Matcher g = GLOSS.matcher(text).region(m.span().end(), text.length());
            if (g.lookingAt()) {
                pair(i, trimmed(g.start(1), g.end(1)), false);
            }
            int open = m.span().start() - 1;
            if (open > 0 && text.charAt(open) == '(' && m.span().end() < text.length()
                    && text.charAt(m.span().end()) == ')') {
                int begin = open;
                while (begin > 0 && Josa.isHangul(text.charAt(begin - 1))) {
                    begin--;
                }
                if (begin < open && (begin == 0 || !Josa.isLatinOrDigit(text.charAt(begin - 1)))) {
                    pair(i, new Span(begin, open), true);
                }
            }
        }
    }

    /** Links mention {@code i} with the name at {@code span}, adding a mention when none is there. */
    private void pair(int i, Span span, boolean otherScript) {
        if (span.length() == 0) {
            return;
        }
        Optional<DisjointSpans.Entry<Integer>> other = spans.overlapping(span);
        if (other.isPresent()) {
            if (other.get().span().equals(span)) {
                union(i, other.get().value());
            }
            return;
        }
        String name = span.of(text);
        EntityMention m = mentions.get(i);
        if (NOT_NAMES.contains(name) || COUNTRY_CODES.contains(name) || (otherScript && !otherScript(m.text(), name))) {
            return;
        }
        add(m.withAliases(List.of()), span, i);
    }

    private static boolean otherScript(String known, String name) {
        boolean knownHangul = known.chars().anyMatch(c -> Josa.isHangul((char) c));
        boolean latin = LATIN.matcher(name).matches() && name.chars().anyMatch(Character::isLetter);
        return CJK.matcher(name).matches() || (knownHangul ? latin : HANGUL.matcher(name).matches());
    }

    private Span trimmed(int start, int end) {
        while (end > start && "*† ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        return new Span(start, end);
    }

    private void echoes() {
        AliasTrie<Integer> trie = new AliasTrie<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).text().strip().length() >= 2) {
                trie.add(mentions.get(i).text(), i);
            }
        }
        for (AliasTrie.Hit<Integer> hit : trie.find(text)) {
            if (!spans.overlapsAny(hit.span())) {
                int i = hit.targets().get(0).value();
                add(mentions.get(i), hit.span(), i);
            }
        }
    }

    private void add(EntityMention like, Span span, int linkTo) {
        EntityMention m = new EntityMention(span, span.of(text), like.kind(), like.key(), like.canonical(),
                like.country(), like.orgKind(), List.of());
        spans.add(span, mentions.size());
        mentions.add(m);
        parent.add(parent.size());
        union(linkTo, mentions.size() - 1);
    }

    private int root(int i) {
        while (parent.get(i) != i) {
            i = parent.get(i);
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        var ca = mentions.get(ra).canonical();
        var cb = mentions.get(rb).canonical();
        if (ca.isPresent() && cb.isPresent() && !ca.equals(cb)) {
            return;
        }
        // The root carries the group's identity: a known (canonical) name beats an unknown one.
        if (cb.isPresent() && ca.isEmpty()) {
            parent.set(ra, rb);
        } else {
            parent.set(rb, ra);
        }
    }

    /** Gives every mention its group's identity, and as aliases the other surfaces of its key. */
    private List<EntityMention> unified() {
        List<EntityMention> resolved = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            resolved.add(mentions.get(i).as(mentions.get(root(i))));
        }
        resolved.sort(Comparator.comparing(EntityMention::span));
        Map<String, List<String>> surfaces = new LinkedHashMap<>();
        for (EntityMention m : resolved) {
            List<String> s = surfaces.computeIfAbsent(m.kind() + "\t" + m.key(), k -> new ArrayList<>());
            if (!s.contains(m.text())) {
                s.add(m.text());
            }
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : resolved) {
            out.add(m.withAliases(surfaces.get(m.kind() + "\t" + m.key()).stream()
                    .filter(s -> !s.equals(m.text())).toList()));
        }
        return out;
    }
}
