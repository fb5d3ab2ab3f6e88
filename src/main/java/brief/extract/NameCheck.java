package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.Token;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last word on names nobody listed: a firm or organisation must be called by a name. Mentions with
 * a canonical name (the gazetteer's) pass; the others are dropped when they are
 * <ul>
 * <li>no name at all: no letter ({@code 100}), a table row or two lines joined (a tab or line
 * break inside), or a fragment with a bracket it does not open or close ({@code 균형발전 평가)});</li>
 * <li>a share class or a code: one Latin letter with a syllable ({@code H주}, {@code A주});</li>
 * <li>a phrase rather than a name: no company or body head ends it, and Nori finds an adverb, a verb
 * or adjective, an ending or an interjection in it ({@code ISSUE 왜 중앙}, {@code 위대한 중소형});</li>
 * <li>a common noun: every morpheme a common noun, numeral or affix, and no company or body head at the
 * end ({@code 대표}, {@code 출원인}, {@code 배당}, {@code 보유증권}) — unless a legal marker
 * ({@code (주)}, {@code ㈜}, {@code 주식회사}) stands beside it, which only a company's name takes, or it
 * stands in quotes after a company cue ({@code 업체 '킥스타터'});</li>
 * <li>a description of an industry: a country or a word like 국내 and then common nouns
 * ({@code 한국 반도체 산업}, {@code 한국 자동차 기업}, {@code 한국지방행정}), unless a body's head ends it
 * ({@code 한국석유공사}).</li>
 * <li>a place or a person: one word of three syllables or more ending in a neighbourhood's, a station's
 * or a township's syllable ({@code 삼성동}, {@code 서울역}), or a name that a personal title or 씨 follows
 * ({@code 석현준 선수}, {@code 이해정 교수}) or an age in brackets ({@code 정제원(21)}), a name an address's
 * street number follows ({@code 남대문로5가}), or a code ({@code H04N}, {@code LC50}), when no head ends it.</li>
 * <li>a template's blank: {@code OO대학교}, {@code oooo협회}, {@code 000발전}, {@code ㅇㅇ번지}.</li>
 * <li>whatever its head: a disease, a landform or a financial instrument ({@link NotNames}: {@code 감염병},
 * {@code 동해안}, {@code 유가증권}), states joined for their relations ({@code 남북}), a name ending in a
 * person's post ({@code 사장}, {@code 보건복지부장관}), a counter glued to a number before it ({@code 제375회국회}'s
 * {@code 회국회}), or a word for a kind of body with no proper noun before it ({@code 소위원회}, {@code 노동조합}).</li>
 * </ul>
 */
final class NameCheck {

    private static final Set<String> PHRASE = Set.of("MAG", "MAJ", "IC", "VV", "VA", "VX", "VCP", "VCN", "EP",
            "EF", "EC", "ETN", "ETM");
    private static final Set<String> COMMON = Set.of("NNG", "NNB", "NR", "XSN", "XPN", "SN", "XR");
    private static final Set<String> SCOPES = Set.of("국내", "해외", "글로벌", "세계", "국산", "외국", "전국", "지역",
            "역내", "각국", "주요국", "선진국");
    private static final Set<String> INDUSTRY = Set.of("산업", "기업", "업계", "업체", "시장", "분야", "기업들",
            "업종", "부문", "경제", "정부");
    private static final Pattern LEGAL_BEFORE = Pattern.compile("(?:\\(주\\)|㈜|㈱|\\(株\\)|주식회사)[ ]?$");
    // 출원인 주식회사 한글과컴퓨터: a marker that a name follows belongs to that name
    private static final Pattern LEGAL_AFTER = Pattern.compile("^[ ]?(?:\\(주\\)|㈜|㈱|\\(株\\)|주식회사)(?![ ][\\p{IsHangul}A-Za-z])");
    // 펀딩 업체 '킥스타터': a word quoted right after a company cue is that company's name (CueFirmFinder)
    private static final Pattern QUOTED_AFTER_CUE = Pattern.compile("(?:업체|기업|회사|스타트업|제조사|자회사|계열사) ['‘\"“]$");
    /** A bare consonant or vowel: a placeholder ({@code ㅇㅇ번지}, {@code ○○기업}'s Hangul form), no name. */
    private static final Pattern JAMO = Pattern.compile("[\u3131-\u318E]");
    /**
     * A template's blank where a name would go, at the start of a word: letters O or X, circles, squares or
     * zeros repeated ({@code OO대학교}, {@code XX대학교}, {@code oooo협회}, {@code 000발전}, {@code ○○전자}); inside a
     * Latin word the same letters are the word's ({@code Google}, {@code Facebook}).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![A-Za-z])(?:[Oo]{2,}|[Xx]{2,}|[○◯□△◇]{2,}|0{3,}|\\*{2,})(?=[\\p{IsHangul}\\s]|$)");
    /** Three or more lone syllables: a spread table heading ({@code 회 사 설 립 년 도}), no name. */
    private static final Pattern SPREAD = Pattern.compile("\\p{IsHangul}(?: \\p{IsHangul}){2,}");
    private static final Pattern SHARE_CLASS = Pattern.compile("[A-Za-z][\\p{IsHangul}]");

    private final Gazetteer gazetteer;

    NameCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** {@return the mentions of {@code all} that are called by a name, in their order} */
    List<EntityMention> keep(AnalyzedText analyzed, List<EntityMention> all) {
        TokenIndex tokens = new TokenIndex(analyzed.tokens());
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : all) {
            if (m.canonical().isPresent() || isName(analyzed.text(), tokens, m)) {
                out.add(m);
            }
        }
        return out;
    }

    private boolean isName(String text, TokenIndex index, EntityMention m) {
        String s = m.text();
        if (s.chars().noneMatch(Character::isLetter) || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0
                || SHARE_CLASS.matcher(s).matches() || !balanced(s) || JAMO.matcher(s).find() || PLACEHOLDER.matcher(s).find()
                || SPREAD.matcher(s).matches()) {
            return false;
        }
        List<Token> tokens = index.within(m.span());
        if (NotNames.contains(s) || statePair(s) || TITLES.contains(s) || titled(tokens) || afterNumber(text, m, tokens)
                || m.kind() == EntityKind.ORGANIZATION && genericBody(s, tokens)) {
            return false;
        }
        if (QUOTED_AFTER_CUE.matcher(text.substring(Math.max(0, m.span().start() - 7), m.span().start())).find()) {
            return true; // whatever Nori makes of it (킥 + 스타 + 터)
        }
        boolean headed = hasHead(s, m.kind());
        if (!headed && tokens.stream().anyMatch(t -> PHRASE.contains(t.pos()))) {
            return false; // a head vouches for the rest: Nori reads 대한석탄공사 as 대하 + ㄴ + ...
        }
        boolean legal = LEGAL_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 5), m.span().start())).find()

                || LEGAL_AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 7))).find();
        if (legal) {
            return true;
        }
        if (!headed && !tokens.isEmpty() && tokens.stream().allMatch(t -> COMMON.contains(t.pos()) || t.isParticle())) {
            return false;
        }
        return !isDescription(tokens, headed) && (headed || !isPlaceOrPerson(text, m));
    }

    /** Posts that persons hold: a name ending in one names the holder, not the body ({@code 보건복지부장관}). */
    static final Set<String> TITLES = Set.of("장관", "차관", "사장", "부사장", "회장", "부회장", "대표", "대표이사",
            "이사장", "위원장", "부위원장", "의원", "총장", "청장", "원장", "국장", "실장", "처장", "차장", "대변인",
            "대통령", "총리", "지사", "시장", "군수", "구청장", "교수", "위원", "소장", "관장", "단장", "감독", "귀하");

    /** {@return whether the last morpheme of a mention is a person's post} ({@code 사장}, {@code 보건복지부장관}) */
    static boolean titled(List<Token> tokens) {
        return !tokens.isEmpty() && TITLES.contains(tokens.get(tokens.size() - 1).surface());
    }

    /** {@return whether the mention starts with a counter glued to a number before it} ({@code 제375회국회}'s 회국회) */
    static boolean afterNumber(String text, EntityMention m, List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(0).pos().equals("NNBC") && m.span().start() > 0
                && Character.isDigit(text.charAt(m.span().start() - 1));
    }

    /** One-syllable names of states that Korean joins for their relations: 남북, 한미, 미중, 한중일. */
    private static final Pattern STATE_PAIR = Pattern.compile("[남북한미중일러]{2,3}");

    /** {@return whether {@code s} joins states' one-syllable names} ({@code 남북이 대치}: the two Koreas, no body) */
    private static boolean statePair(String s) {
        return STATE_PAIR.matcher(s).matches() && s.chars().distinct().count() == s.length();
    }

    /**
     * {@return whether a body's name is a word for a kind of body ({@link OrgKinds#generic}), with no proper
     * noun or Latin word before it} ({@code 소위원회}, {@code 우리 상임위원회}, but not {@code 예산결산심사소위원회})
     */
    private static boolean genericBody(String s, List<Token> tokens) {
        String[] words = s.strip().split("\\s+");
        if (!OrgKinds.generic(words[words.length - 1])) {
            return false;
        }
        return words.length == 1 || tokens.subList(0, Math.max(0, tokens.size() - 1)).stream()
                .noneMatch(t -> t.pos().equals("NNP") || t.pos().equals("SL") || t.pos().equals("SH"));
    }

    /** Syllables that end a place's name: a neighbourhood (동), a station (역), a township (읍, 면). */
    private static final Pattern PLACE = Pattern.compile("[\\p{IsHangul}]{2,}[동역읍면]");
    /** Titles that follow a person's name and no firm's or body's (the firm's 사장 and the party's 의원 do). */
    private static final Pattern PERSON_AFTER = Pattern.compile("^(?: ?(?:씨|선수|교수|기자|박사|변호사|판사|작가|배우|가수"
            + "|여사|일병|이병|상병|병장)(?![\\p{IsHangul}&&[^은는이가을를의와과도에께]])|\\(\\d{1,3}[)·,]|·\\d{1,3}\\))");

    /** A street's number after the name: the name is part of an address ({@code 남대문로5가}, {@code 테헤란로 152}). */
    private static final Pattern STREET_AFTER = Pattern.compile("^(?:대로|로|길)[ ]?\\d");
    /** Latin letters, digits, then letters or digits: a classification or product code ({@code H04N}, {@code LC50}). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{1,4}\\d+[A-Za-z0-9/]*");

    private static boolean isPlaceOrPerson(String text, EntityMention m) {
        String s = m.text();
        String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 8));
        return PLACE.matcher(s).matches() || STREET_AFTER.matcher(after).find() || CODE.matcher(s).matches() || Josa.isHangul(s) && PERSON_AFTER.matcher(after).find();
    }

    /** {@return whether every bracket in {@code s} closes one it opened: {@code 균형발전 평가)} is a fragment} */
    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '「' || c == '『') {
                depth++;
            } else if (c == ')' || c == ']' || c == '」' || c == '』') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private boolean isDescription(List<Token> tokens, boolean headed) {
        if (tokens.size() < 2) {
            return false;
        }
        Token first = tokens.get(0);
        boolean scope = gazetteer.country(first.surface()).isPresent() || SCOPES.contains(first.surface());
        List<Token> rest = tokens.subList(1, tokens.size());
        boolean common = rest.stream().allMatch(t -> COMMON.contains(t.pos()) || t.isParticle());
        return scope && common && (!headed || INDUSTRY.contains(rest.get(rest.size() - 1).surface()));
    }

    /** {@return whether the last word of {@code name} ends with a company or body head} */
    static boolean hasHead(String name, EntityKind kind) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return kind == EntityKind.FIRM ? RuleFinder.hasFirmHead(last) : OrgKinds.of(last).isPresent();
    }
}
