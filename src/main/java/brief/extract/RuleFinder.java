package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.Token;
import brief.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Firms and organisations nobody listed, told by the shape of their names: Korean company and body
 * suffixes ({@code 한울반도체}, {@code 산업연구원}), legal markers ({@code (주)대성정밀}), English
 * corporate and institutional words ({@code Acme Semiconductor Inc.}, {@code Ministry of ...}) and
 * {@code <country> 정부}. Tuned for precision: a suffix alone is not enough, the part before it must
 * look like a name, not a common noun ({@code 차량용반도체}, {@code 전기자동차}, {@code 선임연구원}).
 */
public final class RuleFinder implements NameFinder {

    /** How much the part before a suffix must prove. */
    private enum Check {
        /** not a listed generic word or a country name */
        STOPLIST,
        /** also: Nori must not read it as common nouns only ({@code 전력}+{@code 반도체}) */
        PROPER
    }

    private record Suffix(String text, EntityKind kind, String orgKind, Check check, Set<String> stop) {
    }

    private static final Set<String> NONE = Set.of();

    // Corporate loanwords prove a firm with a stoplist; plain Korean nouns (전자, 화학, 건설, ...) also
    // head generic compounds, so the part before them must not be common nouns.
    private static final List<Suffix> SUFFIXES = List.of(
            firm("에너지솔루션", Check.STOPLIST), firm("홀딩스", Check.STOPLIST), firm("모터스", Check.STOPLIST),
            firm("케미칼", Check.STOPLIST), firm("머티리얼즈", Check.STOPLIST), firm("일렉트릭", Check.STOPLIST),
            firm("일렉트로닉스", Check.STOPLIST), firm("엔지니어링", Check.STOPLIST),
            firm("테크놀로지스", Check.STOPLIST), firm("인더스트리즈", Check.STOPLIST),
            firm("에너빌리티", Check.STOPLIST), firm("텔레콤", Check.STOPLIST), firm("바이오로직스", Check.STOPLIST),
            firm("시스템즈", Check.STOPLIST), firm("솔루션즈", Check.STOPLIST), firm("네트웍스", Check.STOPLIST),
            firm("파마", Check.STOPLIST), firm("중공업", Check.STOPLIST), firm("증권", Check.PROPER),
            firm("자산운용", Check.STOPLIST), firm("캐피탈", Check.STOPLIST), firm("생명보험", Check.STOPLIST),
            firm("손해보험", Check.STOPLIST), firm("제약", Check.PROPER), firm("전자", Check.PROPER),
            firm("자동차", Check.PROPER), firm("반도체", Check.PROPER), firm("화학", Check.PROPER),
            firm("디스플레이", Check.PROPER), firm("바이오", Check.PROPER), firm("건설", Check.PROPER),
            firm("통신", Check.PROPER), firm("생명", Check.PROPER), firm("화재", Check.PROPER),
            firm("물산", Check.PROPER), firm("상사", Check.PROPER), firm("정밀", Check.PROPER),
            firm("제철", Check.PROPER), firm("철강", Check.PROPER), firm("해운", Check.PROPER),
            firm("항공", Check.PROPER), firm("조선해양", Check.PROPER), firm("금융지주", Check.STOPLIST),
            firm("컴퍼니", Check.STOPLIST), firm("커뮤니케이션즈", Check.STOPLIST), firm("그룹", Check.PROPER),
            firm("백화점", Check.PROPER), firm("미디어", Check.PROPER), firm("실업", Check.PROPER),
            firm("엔터테인먼트", Check.STOPLIST), firm("캐피털", Check.PROPER),
            // a card company's name (BC카드, 롯데카드) and the kinds of card, which Nori may read as one proper noun
            new Suffix("카드", EntityKind.FIRM, "", Check.PROPER, Set.of("신용", "교통", "체크", "직불", "선불", "기프트",
                    "SIM", "USIM", "IC", "포인트", "현금", "법인", "개인", "회원", "명함", "스마트", "메모리", "그래픽",
                    "사운드", "랜", "네트워크", "레드", "옐로", "그린", "비밀", "히든", "와일드", "보안", "카드")),
            firm("양행", Check.PROPER), firm("제과", Check.PROPER), firm("홈쇼핑", Check.PROPER),
            new Suffix("은행", EntityKind.FIRM, "", Check.PROPER, Set.of("시중", "지방", "저축", "투자",
                    "상업", "인터넷", "외국", "국책", "주거래", "민간", "대형", "중앙", "개발", "정책", "국영",
                    "협동", "상호", "특수", "지역", "외국계", "거래")),
            org("위원회", "committee", Set.of("운영", "조직", "심사", "평가", "준비", "추진", "자문", "관리",
                    "윤리", "선정", "심의", "징계", "인사", "소", "분과", "상임", "특별", "전문",
                    // kinds of committee any body has: 유럽연합 집행위원회 is the body, 집행위원회 alone is none
                    "집행", "실행", "기획", "조정", "감사", "대책", "비상대책", "편집", "보상", "각")),
            org("연구원", "research institute", Set.of("선임", "책임", "수석", "주임", "전임", "객원", "초빙",
                    "박사후", "위촉", "보조", "전문", "연구", "석사", "박사", "학생", "인턴", "외부", "소속",
                    "현직", "전직", "한", "여성", "남성", "신입", "젊은", "시니어", "주니어")),
            org("연구소", "research institute", Set.of("부설", "기업부설", "자체", "민간", "국책", "공공",
                    "정부출연", "출연", "대학", "기업", "사내", "부설연구소", "해외", "기술", "중앙", "종합")),
            org("협회", "association", Set.of("업계", "관련", "각", "산업", "직능")),
            org("협의체", "council", Set.of("민관", "관계", "각", "실무", "정부", "민간", "국제", "다자")),
            org("협의회", "council", Set.of("민관", "관계", "각", "실무", "운영", "학부모", "노사")),
            org("재단", "foundation", Set.of("공익", "민간", "사학", "학교", "비영리")),
            org("대학교", "university", Set.of("국립", "사립", "지방", "명문", "해외", "외국")),
            // the heads of public agencies (한국콘텐츠진흥원, 한국교육과정평가원, 한국교육개발원), which Nori
            // cuts inside the head (진 + 흥원), so that the model sees only a piece of the name
            org("진흥원", "agency", Set.of("각", "관련", "산하", "지역", "해당", "지방", "시도", "광역")),
            org("평가원", "agency", Set.of("각", "관련", "산하", "지역", "해당", "외부", "전문")),
            org("개발원", "agency", Set.of("각", "관련", "산하", "지역", "해당", "인력")),
            org("과학원", "research institute", Set.of("각", "관련", "산하", "지역", "해당")),
            org("기술원", "research institute", Set.of("각", "관련", "산하", "지역", "해당", "전문", "현장")),
            org("중앙은행", "central bank", NONE));

    private static final Set<String> GENERIC = Set.of("차량용", "산업용", "시스템", "전력", "전기", "수소", "미래",
            "세계", "국내", "해외", "글로벌", "첨단", "차세대", "메모리", "비메모리", "화합물", "범용", "고성능",
            "지능형", "자율주행", "친환경", "신재생", "석유", "기초", "정보", "종합", "대형", "중소", "중견", "주요",
            "각국", "완성", "이동", "위성", "무선", "유선", "데이터", "주택", "도로", "공장", "해외건설",
            "정밀", "유기", "생", "광", "전력반도체", "파운드리", "팹리스", "국산", "외산", "토종", "신규", "기존",
            "일반", "관련", "해당", "동종", "경쟁", "협력", "고객", "부품", "소재", "장비", "배터리", "이차전지",
            "전장", "자동차", "반도체", "전자", "디지털", "스마트", "그린", "레드", "화이트", "의료", "제약",
            "한국형", "상장", "비상장", "신", "구", "대", "중", "소", "각", "모", "양", "본", "당", "타", "우리", "자국", "외국",
            // technology terms written in capitals: AI반도체 is a kind of chip, not a company
            "AI", "IT", "ICT", "EV", "IoT", "SW", "HW", "AR", "VR", "XR", "PC", "OLED", "LED", "LCD", "HBM", "DRAM",
            "CPU", "GPU", "NPU", "AP", "SoC", "ESS", "5G", "6G", "GaN", "SiC", "R&D", "K", "BIO", "DX", "GX");

    /** {@return whether {@code word} is a generic word or a technology term that names no firm by itself} */
    static boolean isGeneric(String word) {
        return GENERIC.contains(word);
    }

    /** {@return whether {@code word} ends with one of the company heads the rules know (전자, 증권, 공사 ...)} */
    static boolean hasFirmHead(String word) {
        return word.endsWith("공사") && word.length() >= 5 || SUFFIXES.stream()
                .anyMatch(s -> s.kind() == EntityKind.FIRM && word.endsWith(s.text()) && word.length() > s.text().length())
                || FIRM_WORD_END.matcher(word).matches();
    }

    /**
     * {@return whether {@code word} ends with a company head after a part that could be a name} ({@code 황보건설},
     * {@code 코코엔터테인먼트}, {@code Acme Inc.}), not after a generic word or a term ({@code AI반도체},
     * {@code 차량용반도체}): the test the rules put a stem to, short of Nori's
     */
    static boolean hasNamedFirmHead(String word) {
        if (FIRM_WORD_END.matcher(word).matches()) {
            return true;
        }
        for (Suffix s : SUFFIXES) {
            if (s.kind() == EntityKind.FIRM && word.endsWith(s.text())) {
                String stem = word.substring(0, word.length() - s.text().length());
                return stem.length() >= 2 && !GENERIC.contains(stem) && !s.stop().contains(stem)
                        && !TERM_STEM.matcher(stem).matches();
            }
        }
        return false;
    }

    private static final Set<String> NOUNS = Set.of("NNG", "NNB", "XSN", "XPN", "NR");

    /**
     * The letters of a Korean name: Hangul script but its enclosed forms ({@code ㈜}, {@code ㉮}: a legal
     * marker or an item's number, never part of a name), which Unicode counts as Hangul too.
     */
    static final String HANGUL = "[\\p{IsHangul}&&[^\\u3200-\\u32FF]]";
    /** The marks of a Korean company: (주), ㈜, ㈱ (the ideograph for stock, as Korean firms use it too), 주식회사. */
    private static final String KOREAN_LEGAL_MARK = "\\(주\\)|㈜|㈱|\\(株\\)";
    private static final Pattern RUN = Pattern.compile("[" + HANGUL + "A-Za-z0-9&]+");
    private static final Pattern LEGAL_BEFORE = Pattern.compile("(?:" + KOREAN_LEGAL_MARK + "|주식회사)[ ]?([" + HANGUL + "A-Za-z0-9&]+)");
    private static final Pattern LEGAL_AFTER = Pattern.compile("(?<![" + HANGUL + "A-Za-z0-9&])([" + HANGUL + "A-Za-z0-9&]{2,})[ ]?(?:"
            + KOREAN_LEGAL_MARK + "|[ ]주식회사)(?![ ][\\p{IsHangul}A-Za-z])");

    private static final String CAP = "[A-Z][A-Za-z0-9&'\\-]*";
    private static final String LEGAL = "(?:Inc\\.?|Incorporated|Corp\\.?|Corporation|Co\\.,?[ ]?Ltd\\.?|Ltd\\.?|Limited"
            + "|LLC|PLC|plc|GmbH|AG|SE|N\\.V\\.|B\\.V\\.|S\\.A\\.|S\\.p\\.A\\.|K\\.K\\.|Co\\.)";
    private static final String FIRM_WORD = "(?:Electronics|Electric|Motors?|Semiconductors?|Technologies|Holdings"
            + "|Industries|Chemicals?|Materials|Devices|Instruments|Microelectronics|Automotive|Steel"
            + "|Shipbuilding|Telecom|Batteries|Pharmaceuticals?|Microsystems)";
    /** A word ending in a company word or a legal form ({@code Acme Electronics}, {@code Acme Inc.}); compiled once. */
    private static final Pattern FIRM_WORD_END = Pattern.compile(
            ".*(?:" + FIRM_WORD + "|" + LEGAL + ")");
    /** A stem ending in a syllable that makes a term of a head ({@code 차량용반도체}, {@code 대형증권}). */
    private static final Pattern TERM_STEM = Pattern.compile(".*[용형급적산계별]");
    private static final Pattern NAME_WORD = Pattern.compile("[" + HANGUL + "A-Za-z0-9·]+");
    private static final Pattern RUNS_ON = Pattern.compile("[ ][A-Z].*|[ ]of.*");
    private static final Pattern TO_BEFORE = Pattern.compile(".*\\bto[ ]");
    private static final Pattern KOREAN_LEGAL = Pattern.compile(KOREAN_LEGAL_MARK + "|주식회사");
    private static final Pattern LEGAL_TAIL = Pattern.compile(
            "(?i)[, ]+(inc\\.?|incorporated|corp\\.?|corporation|co\\.,? ?ltd\\.?|ltd\\.?|limited|llc"
            + "|plc|gmbh|ag|se|n\\.v\\.|b\\.v\\.|s\\.a\\.|s\\.p\\.a\\.|k\\.k\\.|co\\.)$");
    private static final Pattern KEY_DROPS = Pattern.compile("[\\p{Punct}\\p{Zs}\\s·*]+");
    private static final Pattern LATIN_FIRM = Pattern.compile("(?<![A-Za-z0-9])(?!The )((?:" + CAP + "[ ]){0,3}"
            + "(?:" + CAP + "[ ]" + FIRM_WORD + "(?:,?[ ]" + LEGAL + ")?|" + CAP + ",?[ ]" + LEGAL + "))(?![A-Za-z0-9])");
    private static final String ORG_WORD = "(?:Agency|Institute|Association|Council|Commission|Organization"
            + "|Organisation|Foundation|Bureau|Authority|University|Federation|Administration)";
    private static final Pattern LATIN_ORG = Pattern.compile("(?<![A-Za-z0-9])(?!The )(?:"
            + "(?:Ministry|Department|Bureau|Institute|University|Council|Agency) (?:of|for) (?:the )?" + CAP
            + "(?:(?:,? and |, | of | for | & | )" + CAP + "){0,5}"
            + "|(?:" + CAP + " ){1,4}" + ORG_WORD + ")(?![A-Za-z0-9])");

    private static final Set<String> MINISTRY_ENDS = Set.of("통상부", "자원부", "재정부", "경제부", "상무부", "재무부",
            "외교부", "국방부", "법무부", "교육부", "환경부", "노동부", "복지부", "교통부", "수산부", "기업부",
            "통신부", "안전부", "에너지부", "정보화부", "기술부", "식품부", "가족부", "관광부", "보훈부", "통일부",
            "안보부", "무역부", "산업부", "상무성", "산업성", "무역청", "관세청", "특허청", "조달청", "통계청");

    private final Gazetteer gazetteer;
    private final Pattern government;
    private final Pattern ministry;

    public RuleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        String countries = gazetteer.countryNames().stream().sorted(Comparator.comparing(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.government = Pattern.compile("(?<![\\p{IsHangul}A-Za-z])(" + countries + ")[ ]?정부");
        this.ministry = Pattern.compile("(?<![\\p{IsHangul}A-Za-z])(" + countries + ")(?:의)?[ ]([\\p{IsHangul}]{2,9})");
    }

    private static Suffix firm(String s, Check check) {
        return new Suffix(s, EntityKind.FIRM, "", check, NONE);
    }

    private static Suffix org(String s, String kind, Set<String> stop) {
        return new Suffix(s, EntityKind.ORGANIZATION, kind, Check.STOPLIST, stop);
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        TokenIndex tokens = new TokenIndex(analyzed.tokens());
        List<EntityMention> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            suffixed(text, tokens, m.start(), m.group(), out);
        }
        legal(text, LEGAL_BEFORE.matcher(text), out);
        legal(text, LEGAL_AFTER.matcher(text), out);
        latin(text, LATIN_FIRM.matcher(text), EntityKind.FIRM, "", out);
        latin(text, LATIN_ORG.matcher(text), EntityKind.ORGANIZATION, "organization", out);
        governments(text, out);
        out.sort(Comparator.comparing(EntityMention::span));
        return out;
    }

    private void suffixed(String text, TokenIndex tokens, int start, String run, List<EntityMention> out) {
        if (publicCorporationOrMinistry(text, start, run, out)) {
            return;
        }
        for (Suffix s : SUFFIXES) {
            for (int at = run.indexOf(s.text()); at >= 0; at = run.indexOf(s.text(), at + 1)) {
                int end = at + s.text().length();
                if (!Josa.isTail(run.substring(end))) {
                    continue;
                }
                if (at == 0) {
                    standalone(text, tokens, start, s, out);
                    return;
                }
                String stem = run.substring(0, at);
                if (acceptStem(tokens, start, stem, s)) {
                    out.add(unknown(new Span(start, start + end), text, s.kind(), s.orgKind()));
                    return;
                }
            }
        }
        office(text, start, run, out);
    }

    /**
     * Heads that end the names of public offices and courts, and hardly a common word: a police station
     * ({@code 은평경찰서}), an education office ({@code 경기도교육청}), a prosecutors' office ({@code 의정부지검}),
     * a court ({@code 항소법원}, {@code 최고재판소}), a sports federation ({@code 국제펜싱연맹}), an embassy.
     */
    private static final List<String> OFFICE_HEADS = List.of("경찰서", "교육청", "지검", "고검", "법원", "재판소", "연맹",
            "대사관", "영사관");

    /** What stands before an office's head in a description, not in a name: 지방법원 is any district court. */
    private static final Set<String> OFFICE_STOP = Set.of("지방", "고등", "가정", "행정", "관할", "해당", "인근", "상급",
            "하급", "각급", "일선", "지역", "주재", "현지", "각국", "국내", "해외", "외국", "소속");

    /** {@code 의정부경찰서에}: one word of at least two syllables before an office's head, then particles. */
    private void office(String text, int start, String run, List<EntityMention> out) {
        for (int end = run.length(); end >= 3; end--) {
            if (!Josa.isTail(run.substring(end))) {
                continue;
            }
            String head = run.substring(0, end);
            for (String h : OFFICE_HEADS) {
                String stem = head.substring(0, head.length() - h.length());
                if (head.endsWith(h) && stem.length() >= 2 && Josa.isHangul(stem) && !GENERIC.contains(stem)
                        && !OFFICE_STOP.contains(stem) && gazetteer.country(stem).isEmpty()) {
                    out.add(unknown(new Span(start, start + end), text, EntityKind.ORGANIZATION, ""));
                    return;
                }
            }
        }
    }

    /**
     * {@code 한국석유공사}, {@code 대한석탄공사}: state-owned corporations are companies (as KEPCO is in the
     * gazetteer). Only with the 한국/대한 prefix, because 공사 is also construction ({@code 공사기간},
     * {@code 도로공사}). {@code 여성가족부}: a Korean ministry name of four syllables or more.
     */
    private static boolean publicCorporationOrMinistry(String text, int start, String run, List<EntityMention> out) {
        for (int end = run.length(); end >= 4; end--) {
            if (!Josa.isTail(run.substring(end))) {
                continue;
            }
            String head = run.substring(0, end);
            if ((head.startsWith("한국") || head.startsWith("대한")) && head.endsWith("공사") && head.length() >= 5) {
                out.add(unknown(new Span(start, start + end), text, EntityKind.FIRM, ""));
                return true;
            }
            if (MINISTRY_ENDS.stream().anyMatch(head::endsWith) && !head.endsWith("청")) {
                out.add(unknown(new Span(start, start + end), text, EntityKind.ORGANIZATION, "ministry"));
                return true;
            }
        }
        return false;
    }

    private boolean acceptStem(TokenIndex index, int start, String stem, Suffix s) {
        if (stem.length() < 2 || GENERIC.contains(stem) || s.stop().contains(stem)
                || (gazetteer.country(stem).isPresent() && !s.orgKind().equals("central bank")) || TERM_STEM.matcher(stem).matches()
                || s.stop().stream().anyMatch(stem::endsWith)) {
            return false;
        }
        if (s.check() == Check.STOPLIST) {
            return true;
        }
        List<Token> tokens = index.within(new Span(start, start + stem.length()));
        if (tokens.stream().anyMatch(t -> t.pos().startsWith("J") || t.pos().startsWith("E"))) {
            return false; // a particle or an ending inside: 것으로수익증권 is a phrase, not a name
        }
        int stemEnd = start + stem.length();
        if (index.startingAt(start).stream().anyMatch(t -> t.span().end() > stemEnd && NOUNS.contains(t.pos()))) {
            return false; // the whole word is one common noun of the dictionary: 유가증권, 멀티미디어, 부가통신
        }
        return tokens.isEmpty() || !tokens.stream().allMatch(t -> NOUNS.contains(t.pos()));
    }

    /**
     * A body suffix written as its own word ({@code 전략산업 협의체}) takes up to two noun words before it,
     * of which one must be a proper noun or Latin; an opening quote ends the name.
     */
    private void standalone(String text, TokenIndex index, int suffixStart, Suffix s, List<EntityMention> out) {
        if (s.kind() != EntityKind.ORGANIZATION || s.text().equals("연구원") || s.text().equals("대학교")) {
            return;
        }
        int from = suffixStart;
        boolean proper = false;
        for (int words = 0; words < 2; words++) {
            int end = from;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int begin = end;
            while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
            boolean quoted = begin < end && "‘'\"“「《<(".indexOf(text.charAt(begin)) >= 0;
            if (quoted) {
                begin++;
            }
            if (begin >= end || end == from || !NAME_WORD.matcher(text.substring(begin, end)).matches()) {
                break;
            }
            if (words == 0 && (GENERIC.contains(text.substring(begin, end)) || s.stop().contains(text.substring(begin, end)))) {
                break; // RIS 관련 위원회: 관련 위원회 is any committee
            }
            if (isCountryGroup(text.substring(begin, end))) {
                proper = true; // 한·일·대만 전략산업 협의체: the member countries are part of the name
                from = begin;
                break;
            }
            List<Token> tokens = index.within(new Span(begin, end));
            if (tokens.isEmpty() || !tokens.stream().allMatch(t -> t.pos().startsWith("N") || t.pos().startsWith("S")
                    || t.pos().equals("XSN"))) {
                break;
            }
            proper |= tokens.stream().anyMatch(t -> t.pos().equals("NNP") || t.pos().equals("SL"));
            from = begin;
            if (quoted) {
                break;
            }
        }
        if (proper && from < suffixStart) {
            out.add(unknown(new Span(from, suffixStart + s.text().length()), text, s.kind(), s.orgKind()));
        }
    }

    /** One-syllable names Korean uses for countries in compounds such as 한·미, 미·중, 한·일·대만. */
    private static final Set<String> COUNTRY_SHORT = Set.of("한", "북", "남", "일", "중", "미", "러", "영", "독", "불",
            "프", "인", "호", "대", "대만", "유럽", "EU");

    /** {@return whether {@code word} is countries joined by middle dots: 한·일·대만, 미·중} */
    private boolean isCountryGroup(String word) {
        String[] parts = word.split("·", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!COUNTRY_SHORT.contains(part) && gazetteer.country(part).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void legal(String text, Matcher m, List<EntityMention> out) {
        while (m.find()) {
            String run = m.group(1);
            int cut = 2;
            while (cut < run.length() && !Josa.isTail(run.substring(cut))) {
                cut++;
            }
            if (cut <= run.length() && !GENERIC.contains(run.substring(0, Math.min(cut, run.length())))) {
                int start = m.start(1);
                out.add(unknown(new Span(start, start + Math.min(cut, run.length())), text, EntityKind.FIRM, ""));
            }
        }
    }

    /**
     * A Latin name that runs on into another capitalised word is the front of a longer name, usually not a
     * company's ({@code Consumer Electronics Show}, {@code Cross Agency Priority Goals}); one after {@code to}
     * is a verb phrase in a title ({@code to Produce Semiconductors Act}).
     */
    private static void latin(String text, Matcher m, EntityKind kind, String orgKind, List<EntityMention> out) {
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            if (RUNS_ON.matcher(after).matches() || TO_BEFORE.matcher(before).matches()) {
                continue;
            }
            out.add(unknown(new Span(m.start(), m.end()), text, kind, orgKind));
        }
    }

    /** {@code 일본 정부}, {@code 대만정부는}; {@code 미국 상무부}, {@code 대만의 경제부}. */
    private void governments(String text, List<EntityMention> out) {
        Matcher g = government.matcher(text);
        while (g.find()) {
            if (followedByTail(text, g.end())) {
                Gazetteer.Country c = gazetteer.country(g.group(1)).orElseThrow();
                String name = c.name() + " 정부";
                out.add(new EntityMention(new Span(g.start(), g.end()), g.group(), EntityKind.ORGANIZATION, name,
                        Optional.of(name), Optional.of(c.iso()), "government", List.of()));
            }
        }
        Matcher m = ministry.matcher(text);
        while (m.find()) {
            String word = m.group(2);
            for (int end = word.length(); end >= 3; end--) {
                String head = word.substring(0, end);
                if (Josa.isTail(word.substring(end)) && MINISTRY_ENDS.stream().anyMatch(head::endsWith)
                        && followedByTail(text, m.end())) {
                    Gazetteer.Country c = gazetteer.country(m.group(1)).orElseThrow();
                    Span span = new Span(m.start(1), m.start(2) + end);
                    String key = c.name() + " " + head;
                    out.add(new EntityMention(span, span.of(text), EntityKind.ORGANIZATION, key, Optional.of(key),
                            Optional.of(c.iso()), head.endsWith("청") ? "agency" : "ministry", List.of()));
                    break;
                }
            }
        }
    }

    static boolean followedByTail(String text, int end) {
        return Josa.isTail(text.subSequence(end, Josa.hangulRunEnd(text, end)));
    }

    static EntityMention unknown(Span span, String text, EntityKind kind, String orgKind) {
        String surface = span.of(text);
        if (kind == EntityKind.ORGANIZATION && (orgKind.isEmpty() || orgKind.equals("organization"))) {
            String[] words = surface.strip().split("\\s+");
            orgKind = OrgKinds.of(words[words.length - 1]).orElse("organization");
        }
        return new EntityMention(span, surface, kind, normalize(surface), Optional.empty(), Optional.empty(), orgKind,
                List.of());
    }

    /** {@return a grouping key: lower case, legal forms, spaces and punctuation removed} */
    static String normalize(String name) {
        String s = LEGAL_TAIL.matcher(KOREAN_LEGAL.matcher(name).replaceAll("")).replaceAll("");
        String key = KEY_DROPS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return key.isEmpty() ? name : key;
    }
}
