package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.Token;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the gazetteer knows, where the text's own segmentation ends them and, for short or shared
 * names, where the context confirms them.
 *
 * <ul>
 * <li>A Korean name glued to what follows counts only when Nori ends a morpheme there: {@code 재무성과}
 * is 재무 + 성과 ("financial results"), not Japan's 재무성 with the particle 과; the trie's particle
 * check alone cannot tell, the morphemes can.</li>
 * <li>A weak alias ({@code 삼성}, {@code 미쓰비시}) counts only when the same document names one of its
 * entries by a strong alias; it then goes to the nearest such entry before it, else the nearest after
 * it. Otherwise it is dropped: a lone {@code 삼성} could be the group, the electronics maker or
 * something else.</li>
 * <li>A firm's short capital alias ({@code AWS}, {@code GE}, {@code TCL}: up to four capitals or digits)
 * is a standard, a unit or a code as often as a company ({@code AWS A5.2 R45}, {@code AWS Classification}:
 * the welding society's standards). Where a capital word or a number runs on from it or into it, it
 * counts only with context: a particle glued to it ({@code AWS가}), a parenthesis pairing it with
 * another name right beside it, another name of the same firm anywhere in the document, a firm joined
 * by a hyphen, or a company cue in its sentence ({@link #FIRM_CUE}: Korean, English and Japanese words for companies, plants,
 * investment).</li>
 * </ul>
 */
public final class GazetteerFinder implements NameFinder {

    /** Words that show a sentence talks about companies. */
    static final Pattern FIRM_CUE = Pattern.compile("기업|회사|업체|그룹|계열사|자회사|주가|매출|영업이익|실적|지분"
            + "|인수|합병|투자|공장|생산|양산|협력|제휴|출시|공급|수주|계약|설립|상장|사장|회장|CEO|고객사|파운드리"
            + "|클라우드|플랫폼|경쟁사|공동개발|합작|Inc\\.|Corp"
            + "|(?i:compan(?:y|ies)|firms?|fabs?|plants?|factor(?:y|ies)|shares|stake|revenue|invest\\w*|acqui\\w*"
            + "|merger|partners?|suppliers?|customers?|chipmakers?|makers?|foundr(?:y|ies)|CEO)"
            + "|会社|企業|工場|出資|合弁|量産");

    private static final Pattern SHORT = Pattern.compile("[A-Z0-9&]{1,4}");

    private final Gazetteer gazetteer;

    public GazetteerFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        TokenIndex tokens = new TokenIndex(analyzed.tokens());
        List<Gazetteer.Match> matches = gazetteer.find(text).stream()
                .filter(m -> endsAWord(text, tokens, m.span())).toList();
        List<Gazetteer.Match> strong = matches.stream().filter(m -> !m.weak()).toList();
        List<EntityMention> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            Optional<Gazetteer.Entry> entry = m.weak() ? resolve(m, strong) : Optional.of(m.entries().get(0));
            entry.filter(e -> !needsContext(e, m.span().of(text)) || inContext(analyzed, m, e, strong))
                    .filter(e -> !asMedium(text, m.span(), e))
                    .ifPresent(e -> out.add(mention(m.span(), text, e)));
        }
        return out;
    }

    /** What follows a platform's name where it is the place of a post, not the firm: 페이스북에 올린 글, 계정. */
    private static final Pattern POSTED_AFTER = Pattern.compile("(?:에|에서|에는|에도|으로|를 통해|을 통해|의)?[ ]?"
            + "(?:올린|올렸|올라온|올라와|남긴|남겼|게재|게시|글|계정|페이지|댓글|채널|평점)");
    /** What precedes it there: someone's official or own page (공식 페이스북에 사진을 올렸다). */
    private static final Pattern POSTED_BEFORE = Pattern.compile("(?:공식|개인|자신의|자신의 개인)[ ]$");

    /**
     * {@return whether an IT platform's name stands for its service, as the place where something is posted
     * ({@code 페이스북에 올린 글}, {@code 공식 페이스북에}, {@code 페이스북 계정}), rather than for the company}
     */
    private static boolean asMedium(String text, Span span, Gazetteer.Entry e) {
        if (!e.category().equals("IT platform")) {
            return false;
        }
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 10));
        String before = text.substring(Math.max(0, span.start() - 8), span.start());
        return POSTED_AFTER.matcher(after).lookingAt() || POSTED_BEFORE.matcher(before).find();
    }

    /**
     * {@return whether no Nori morpheme runs on across the end of a name glued to Hangul} Nor does one that
     * Nori made up: a name its dictionary lacks is read in pieces, the last glued to the particle after it
     * as one proper noun ({@code 라피더스에}: 라피 + 더 + 스에); where every morpheme across the end is such a
     * proper noun and what follows the name in it is particles, the name ends there. A common noun across
     * the end ({@code 재무성과}: 재무 + 성과) still runs the name on.
     */
    static boolean endsAWord(String text, TokenIndex tokens, Span span) {
        int end = span.end();
        if (end >= text.length() || !Josa.isHangul(text.charAt(end)) || !tokens.crosses(end)) {
            return true;
        }
        List<Token> across = tokens.crossing(end);
        return !across.isEmpty() && across.stream().allMatch(t -> t.pos().equals("NNP") && t.span().start() > span.start())
                && Josa.isTail(text.substring(end, Josa.hangulRunEnd(text, end)));
    }

    private static boolean needsContext(Gazetteer.Entry e, String surface) {
        return e.kind() == EntityKind.FIRM && SHORT.matcher(surface).matches();
    }

    private static boolean inContext(AnalyzedText analyzed, Gazetteer.Match m, Gazetteer.Entry e,
            List<Gazetteer.Match> strong) {
        String text = analyzed.text();
        Span span = m.span();
        int end = span.end();
        boolean codeAfter = end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isLetterOrDigit(text.charAt(end + 1)) && text.charAt(end + 1) < 128
                && !Character.isLowerCase(text.charAt(end + 1));
        boolean wordBefore = span.start() > 1 && text.charAt(span.start() - 1) == ' '
                && Character.isLetterOrDigit(text.charAt(span.start() - 2)) && text.charAt(span.start() - 2) < 128
                && !Character.isLowerCase(text.charAt(span.start() - 2));
        if (!codeAfter && !wordBefore) {
            return true; // stands alone: not the front or the back of a code or a longer Latin name
        }
        if (end < text.length() && (Josa.isHangul(text.charAt(end)) || isKana(text.charAt(end)))) {
            return true; // a glued particle (TSMC가, TSMCは): the trie already checked a Korean one
        }
        boolean pairedAfter = end < text.length() && text.charAt(end) == '(';
        boolean pairedBefore = span.start() > 0 && text.charAt(span.start() - 1) == '('
                && span.start() > 1 && !Character.isWhitespace(text.charAt(span.start() - 2));
        if (pairedAfter || pairedBefore || besideAnotherFirm(text, span, strong)) {
            return true;
        }
        boolean otherName = strong.stream().anyMatch(s -> s.entries().get(0).equals(e)
                && !SHORT.matcher(s.span().of(text)).matches());
        if (otherName) {
            return true;
        }
        return FIRM_CUE.matcher(analyzed.sentenceAt(span.start()).of(text)).find();
    }

    private static boolean isKana(char c) {
        return c >= '\u3040' && c <= '\u30FF';
    }

    /** {@return whether another listed firm is joined to the span by a hyphen, dot or slash ({@code BMW-도요타})} */
    private static boolean besideAnotherFirm(String text, Span span, List<Gazetteer.Match> strong) {
        for (Gazetteer.Match s : strong) {
            if (s.entries().get(0).kind() != EntityKind.FIRM || s.span().equals(span)) {
                continue;
            }
            if (s.span().start() == span.end() + 1 && "-·/".indexOf(text.charAt(span.end())) >= 0
                    || s.span().end() == span.start() - 1 && "-·/".indexOf(text.charAt(span.start() - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Gazetteer.Entry> resolve(Gazetteer.Match weak, List<Gazetteer.Match> strong) {
        Gazetteer.Entry before = null;
        Gazetteer.Entry after = null;
        for (Gazetteer.Match s : strong) {
            Gazetteer.Entry e = s.entries().get(0);
            if (!weak.entries().contains(e)) {
                continue;
            }
            if (s.span().start() < weak.span().start()) {
                before = e;
            } else if (after == null) {
                after = e;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    static EntityMention mention(Span span, String text, Gazetteer.Entry e) {
        return new EntityMention(span, span.of(text), e.kind(), e.name(), Optional.of(e.name()),
                e.country().isEmpty() ? Optional.empty() : Optional.of(e.country()),
                e.kind() == EntityKind.ORGANIZATION ? e.category() : "", List.of());
    }
}
