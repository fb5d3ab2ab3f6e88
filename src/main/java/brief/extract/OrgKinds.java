package brief.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of a body told by the head its name ends with: ministries and agencies ({@code 부}, {@code 성},
 * {@code 처}, {@code 청}), committees, public corporations ({@code 공사}, {@code 공단}), foundations,
 * universities ({@code 대학교}, {@code 공과대}, {@code 大}, {@code University}), parties ({@code 당}),
 * associations, research institutes, courts, central banks, legislatures.
 *
 * <p>Short heads are words of their own too ({@code 표시부} a display unit, {@code 지원} support,
 * {@code 요청} a request, {@code 거래처} a customer), so each short head comes with the endings it takes
 * in bodies' names or the words it must not end; the long heads ({@code 위원회}, {@code 협회}) stand alone.
 */
final class OrgKinds {

    private record Head(String suffix, String kind, int minLength) {
    }

    // Longest first: the first head that fits decides.
    private static final List<Head> HEADS = List.of(
            new Head("중앙은행", "central bank", 5), new Head("준비제도", "central bank", 5),
            new Head("상공회의소", "association", 6), new Head("위원회", "committee", 4),
            new Head("연구원", "research institute", 4), new Head("연구소", "research institute", 4),
            new Head("연구센터", "research institute", 5), new Head("재판소", "court", 4),
            new Head("법원", "court", 2), new Head("검찰청", "agency", 3), new Head("경찰청", "agency", 3),
            new Head("대학교", "university", 4), new Head("대학원", "university", 4), new Head("공과대", "university", 4),
            new Head("대학", "university", 3), new Head("로스쿨", "university", 5), new Head("大", "university", 2),
            new Head("협회", "association", 3), new Head("연합회", "association", 4), new Head("협의회", "council", 4),
            new Head("협의체", "council", 4), new Head("연맹", "association", 3), new Head("조합", "association", 3),
            new Head("공단", "public corporation", 3), new Head("공사", "public corporation", 5),
            new Head("재단", "foundation", 3), new Head("진흥원", "agency", 4), new Head("평가원", "agency", 4),
            new Head("정보원", "agency", 4), new Head("개발원", "agency", 4), new Head("관리원", "agency", 4),
            new Head("기술원", "research institute", 4), new Head("과학원", "research institute", 4),
            new Head("감독원", "agency", 4), new Head("감사원", "agency", 3), new Head("인증원", "agency", 4),
            new Head("교육원", "agency", 4), new Head("의료원", "hospital", 4), new Head("병원", "hospital", 4),
            // a profession's association ends in 사회 like a society does (시민사회): these come first
            new Head("의사회", "association", 3), new Head("약사회", "association", 3), new Head("마사회", "association", 3),
            new Head("변호사회", "association", 4), new Head("세무사회", "association", 4), new Head("회계사회", "association", 4),
            new Head("본부", "headquarters", 4), new Head("대사관", "embassy", 4), new Head("영사관", "embassy", 4),
            new Head("미술관", "museum", 4), new Head("박물관", "museum", 4), new Head("기념관", "museum", 4),
            new Head("도서관", "library", 4), new Head("학교", "school", 4), new Head("학원", "school", 4),
            new Head("일보", "newspaper", 4), new Head("신문", "newspaper", 4), new Head("뉴스", "news agency", 4),
            new Head("연합", "association", 4), new Head("연대", "association", 4),
            new Head("사업단", "group", 4), new Head("조사단", "group", 4), new Head("봉사단", "group", 4),
            new Head("선수단", "sports team", 4), new Head("기자단", "group", 4), new Head("합창단", "group", 4),
            new Head("악단", "group", 3), new Head("극단", "group", 3), new Head("응원단", "group", 4),
            new Head("사단", "military", 3), new Head("군단", "military", 3), new Head("여단", "military", 3),
            new Head("대표단", "group", 4), new Head("자문단", "group", 4), new Head("특사단", "group", 4),
            new Head("방문단", "group", 4), new Head("감시단", "group", 4), new Head("수사단", "group", 4),
            new Head("점검단", "group", 4), new Head("기획단", "group", 4), new Head("지원단", "group", 4),
            new Head("평가단", "group", 4), new Head("연구단", "group", 4), new Head("추진단", "group", 4),
            new Head("예술단", "group", 4), new Head("무용단", "group", 4), new Head("소년단", "group", 4),
            new Head("국회", "legislature", 2), new Head("의회", "legislature", 2), new Head("행정부", "government", 3),
            new Head("정부", "government", 2), new Head("기구", "organization", 4), new Head("센터", "center", 5),
            new Head("University", "university", 10), new Head("Institute", "research institute", 9),
            new Head("Agency", "agency", 6), new Head("Association", "association", 11),
            new Head("Federation", "association", 10), new Head("Council", "council", 7),
            new Head("Commission", "committee", 10), new Head("Committee", "committee", 9),
            new Head("Foundation", "foundation", 10), new Head("Bureau", "agency", 6),
            new Head("Administration", "agency", 14), new Head("Authority", "agency", 9),
            new Head("Court", "court", 5), new Head("Party", "party", 5));

    /** Ministry names end in these before 부 (교육부, 산업통상자원부, 기재부 ...). */
    private static final Set<String> MINISTRY_STEMS = Set.of("통상", "자원", "재정", "경제", "상무", "재무", "외교",
            "국방", "법무", "교육", "환경", "노동", "복지", "교통", "수산", "기업", "통신", "안전", "에너지", "정보화",
            "기술", "식품", "가족", "관광", "보훈", "통일", "안보", "무역", "산업", "국무", "내무", "국토", "과기",
            "중기", "여가", "해수", "농식품", "문체", "고용", "기재", "행안", "산자", "외무", "행정", "건설", "보건",
            "국토안보", "상공", "체육", "과학");

    /**
     * Words ending in a head that name no body: anarchy, being against or for the government, e-government,
     * and classes of universities (regional, national, private ones).
     */
    private static final Set<String> NOT_GOVERNMENTS = Set.of("무정부", "반정부", "친정부", "범정부", "전정부", "전자정부",
            "지역대학", "지방대학", "국립대학", "사립대학", "명문대학", "해외대학");

    /** Words ending in 처 or 청 that are no office: a customer, a request, a voucher. */
    private static final Set<String> NOT_OFFICES = Set.of("거래처", "수요처", "공급처", "판매처", "연락처", "출처",
            "사용처", "투자처", "조달처", "납품처", "수출처", "구매처", "대처", "조처", "요청", "신청", "초청", "경청",
            "방청", "간청", "감청", "청청", "민원처", "납입처", "근무처", "발주처", "도청", "바우처");

    /**
     * Words ending in 회 that name a gathering or a thing, not an association (진흥회, 마사회, 의사회, 학회
     * and 전우회 are bodies): a contest, a society, a show, a meeting, a chance.
     */
    private static final Set<String> NOT_ASSOCIATIONS = Set.of("대회", "사회", "전시회", "설명회", "박람회", "토론회",
            "간담회", "공청회", "연주회", "음악회", "발표회", "시사회", "운동회", "송년회", "신년회", "기념회", "환영회",
            "축하회", "연회", "기회", "재회", "총회", "강연회", "전람회", "품평회", "면회", "조회", "개회", "폐회", "보고회",
            "사인회", "독주회", "연수회", "시연회", "평가회", "만찬회", "다과회", "오찬회", "출범회", "개막회",
            "이번회", "매회", "차회", "첫회", "발족회", "위원회");

    /**
     * Words ending in 위 that are no committee's short form (정무위, 징계위, 선관위 are): an act, a protest,
     * a rank, a range, a degree, a part, the weather.
     */
    private static final Set<String> NOT_COMMITTEES = Set.of("행위", "시위", "순위", "지위", "범위", "주위", "학위",
            "부위", "방위", "상위", "하위", "단위", "직위", "품위", "왕위", "본위", "전위", "우위", "경위", "영위",
            "체위", "분위", "안위", "권위", "작위", "등위", "재위", "즉위", "양위", "폐위", "복위", "인위", "허위",
            "추위", "더위", "열위", "서위", "장위");

    /** Heads that a word for a kind of body ends with as well as a body's name (소위원회, 노동조합, 정부부처). */
    private static final List<String> GENERIC_HEADS = List.of("위원회", "협의회", "협의체", "이사회", "조합", "노조",
            "협회", "학회", "병원", "학교", "본부", "교육청", "부처", "위");

    /**
     * What makes a kind of body of such a head, with no proper part: a sub- or standing committee, the one in
     * charge, a steering or review committee, a labour union, a specialist hospital.
     */
    private static final Set<String> GENERIC_MODIFIERS = Set.of("", "소", "상임", "소관", "특별", "분과", "전문", "운영",
            "자문", "심의", "심사", "평가", "준비", "추진", "관리", "실무", "관계", "해당", "관련", "각", "노동", "협동",
            "고등", "초등", "중", "대책", "비상", "정부", "지역", "지방", "중앙", "시", "도", "시도");

    /**
     * {@return whether {@code word} names a kind of body, not one: a head alone or after a generic modifier}
     * ({@code 협의회}, {@code 소위원회}, {@code 상임위원회}, {@code 노동조합}, {@code 전문병원}, {@code 교육청})
     */
    static boolean generic(String word) {
        String w = word.strip();
        for (String h : GENERIC_HEADS) {
            if (w.endsWith(h) && GENERIC_MODIFIERS.contains(w.substring(0, w.length() - h.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Words ending in 팀 that name no one team (정책팀, 연구팀, 대응팀 do): a side in a match, steam, a team of one's own. */
    private static final Set<String> NOT_TEAMS = Set.of("상대팀", "원정팀", "홈팀", "우리팀", "각팀", "하위팀", "상위팀",
            "같은팀", "타팀", "스팀", "전팀", "한팀", "두팀", "양팀", "새팀", "본팀", "자기팀", "소속팀", "응원팀", "약팀",
            "강팀", "드림팀", "우승팀", "꼴찌팀", "선두팀");

    private OrgKinds() {
    }

    /** {@return the kind of body a name ending with {@code word} is, when its head tells} */
    static Optional<String> of(String word) {
        String w = word.strip();
        if (NOT_GOVERNMENTS.contains(w)) {
            return Optional.empty();
        }
        for (Head h : HEADS) {
            if (w.endsWith(h.suffix()) && w.length() >= h.minLength()) {
                return Optional.of(h.kind());
            }
        }
        if (w.length() >= 3 && w.endsWith("부") && MINISTRY_STEMS.stream().anyMatch(s -> w.endsWith(s + "부"))) {
            return Optional.of("ministry");
        }
        if (w.length() >= 3 && w.endsWith("성") && (w.endsWith("산업성") || w.endsWith("무성") || w.endsWith("과학성")
                || w.endsWith("교통성") || w.endsWith("후생노동성") || w.endsWith("환경성") || w.endsWith("방위성"))) {
            return Optional.of("ministry");
        }
        if (w.length() >= 3 && (w.endsWith("처") || w.endsWith("청")) && NOT_OFFICES.stream().noneMatch(w::endsWith)) {
            return Optional.of("agency");
        }
        if (w.length() >= 3 && w.endsWith("당") && Josa.isHangul(w.charAt(w.length() - 2))
                && PARTIES.stream().anyMatch(w::endsWith)) {
            return Optional.of("party");
        }
        if (w.length() >= 3 && Josa.isHangul(w) && w.endsWith("회") && NOT_ASSOCIATIONS.stream().noneMatch(w::endsWith)) {
            return Optional.of("association");
        }
        if (w.length() >= 3 && Josa.isHangul(w) && w.endsWith("위") && NOT_COMMITTEES.stream().noneMatch(w::endsWith)) {
            return Optional.of("committee");
        }
        Optional<String> institution = institution(w); // 대표팀 is a sports team
        if (institution.isEmpty() && w.length() >= 3 && Josa.isHangul(w) && w.endsWith("팀")
                && NOT_TEAMS.stream().noneMatch(w::endsWith)) {
            return Optional.of("team");
        }
        return institution;
    }

    /** A generic institutional noun ({@code institutions.tsv}): the body's kind and whether it may close a longer word. */
    private static final String INSTITUTIONS = "/brief/gazetteer/institutions.tsv";
    private static final List<ResourceTable.ListedWord> GENERIC = ResourceTable.wordList(INSTITUTIONS);

    /**
     * {@return the kind of body a generic institutional noun names ({@code 경찰}, {@code 검찰}, {@code 군},
     * {@code 재판부}), the whole word or, for those that may, its end ({@code 동래경찰서}, {@code 금융당국})}
     */
    static Optional<String> institution(String word) {
        for (ResourceTable.ListedWord i : GENERIC) {
            if (i.matches(word)) {
                return Optional.of(i.kind());
            }
        }
        return Optional.empty();
    }

    /** Party names end in these (더불어민주당, 자유한국당, 공화당, 정의당, 공산당 ...). */
    private static final Set<String> PARTIES = Set.of("민주당", "공화당", "정의당", "공산당", "한국당", "국민당",
            "노동당", "진보당", "녹색당", "자민당", "사회당", "보수당", "자유당", "통합당", "기본소득당", "혁신당", "개혁당",
            "미래당", "평화당", "새누리당", "한나라당", "열린우리당", "민생당", "바른정당", "국민의당");
}
