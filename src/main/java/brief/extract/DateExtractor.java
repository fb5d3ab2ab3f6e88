package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods: absolute ({@code 2024년 12월}, {@code 2027년말}, {@code 2025년 상반기},
 * {@code 2024.12.3}, {@code 24.3.15}, {@code ’24년 3월}, {@code 이천십오년 삼월 삼일}, a year alone at the
 * start of a table row), decades ({@code 1970년대}: the decade's first year, qualifier {@code decade}),
 * fiscal years ({@code 2019회계연도}, {@code FY2018}: qualifier {@code fiscal}), ranges ({@code 2024~2026년},
 * {@code 13~15일}, {@code 3월 2일부터 4일까지}: one mention per end), and relative ones ({@code 올해 4월},
 * {@code 지난해말}, {@code 내년 상반기}, {@code 이달}, {@code 지난 4월}, {@code 지난 5일}, and those of
 * {@link RelativeDays}) resolved against the publication date given to the constructor; without one,
 * relative dates are skipped.
 *
 * <p>What lacks a year or month takes it from the date before it in the same paragraph: in
 * {@code 2023년 3월 발표, 5월 시행} the 5월 is 2023's, in {@code 3월 2일부터 4일까지} the 4일 is March's. With
 * no such date, a bare month takes the publication year, a bare day the publication month (the last such
 * day before publication when the sentence is in the past tense or says 지난, the next one when it says
 * 오는 or is not in the past).
 *
 * <p>Durations are not dates, and are kept out by the shape of the patterns rather than a stop list:
 * a year is four digits (or two digits with an apostrophe or a month after them), so {@code 1년 10개월},
 * {@code 3년간}, {@code 10년 동안} never match, {@code 개월} is not {@code 월}, and a day count
 * ({@code 3일간}, {@code 주 5일}, {@code 7일 이내}) is no day. Where two readings overlap the longest,
 * leftmost wins ({@code 올해 4월} over {@code 4월}). Reads only the clean text.
 */
public final class DateExtractor implements Extractor<DateMention> {

    private static final String SP = "[ \\u00A0]?";
    private static final String END = KoreanWords.WORD_END;
    /** 초 as "early", not the start of 초과 (exceeding) or 초대 (first, inaugural). */
    private static final String CHO = "초(?!과|대)";
    /** A weekday after a day names the same day: {@code 19일 화요일}, {@code 3일(월)}. */
    private static final String WEEKDAY = "(?:" + SP + "(?:\\([월화수목금토일]\\)|[월화수목금토일]요일" + END + "))?";
    /** What may follow a month: a day, or which part of the month. */
    private static final String MONTH_TAIL = "(?:" + SP + "(?<d>\\d{1,2})" + SP + "일" + WEEKDAY + "|" + SP
            + "(?<mp>초순|" + CHO + "|상순|중순|하순|말)" + END + ")";
    /** What may follow a year: a quarter, a half, which part of the year, or a month. */
    private static final String YEAR_TAIL = "(?:" + SP + "(?:(?<q>[1-4])(?:(?:/4)?" + SP + "분기|Q(?![A-Za-z\\d]))|(?<h>[상하])반기"
            + "|(?<yp>초반|" + CHO + "|중반|후반|말)" + END + ")"
            + "|" + SP + "(?<m>\\d{1,2})" + SP + "월" + MONTH_TAIL + "?)";

    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\d.,])(?<ap>['’‘])?(?<y>\\d{4}|\\d{2})" + SP
            + "년(?:도)?(?!대)" + YEAR_TAIL + "?");
    private static final Pattern DECADE = Pattern.compile("(?<![\\d.,])(?<ap>['’‘])?(?<y>\\d{4}|\\d{2})" + SP + "년대" + END);
    private static final Pattern FISCAL = Pattern.compile("(?<![\\d.,])(?<y>(?:19|20)\\d{2})" + SP + "(?:회계" + SP
            + "연도|회계" + SP + "년도)|(?<![A-Za-z])FY" + SP + "['’]?(?<fy>(?:19|20)\\d{2}|\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,])(?<y>(?:19|20)\\d{2})(?<s>[./-])" + SP
            + "(?<m>\\d{1,2})(?:\\k<s>" + SP + "(?<d>\\d{1,2}))?(?!\\d)(?!" + SP + "[억만조천원엔%])");
    /** {@code 24.3.15}, {@code 74/10/31}: a two-digit year needs all three parts. */
    private static final Pattern SHORT_NUMERIC = Pattern.compile("(?<![\\d.,/])(?<y>\\d{2})(?<s>[./])(?<m>\\d{1,2})"
            + "\\k<s>(?<d>\\d{1,2})(?![\\d/]|\\.\\d)");
    /**
     * A dotted year and month with 월 after it, and what part of the month: {@code 2021.12월말}, {@code '24.3월},
     * {@code '24.3월 15일}; a two-digit year needs its apostrophe.
     */
    private static final Pattern DOTTED_MONTH = Pattern.compile("(?<![\\d.,])(?:(?<y>(?:19|20)\\d{2})|['’‘](?<ay>\\d{2}))"
            + "\\." + SP + "(?<m>\\d{1,2})" + SP + "월" + MONTH_TAIL + "?");
    /** An apostrophe year dotted with its month, and perhaps a day: {@code '24.3}, {@code ’23.12.31}. */
    private static final Pattern APOSTROPHE_NUMERIC = Pattern.compile("(?<![\\d])['’‘](?<y>\\d{2})\\." + SP + "(?<m>\\d{1,2})"
            + "(?:\\." + SP + "(?<d>\\d{1,2}))?(?![\\d%]|\\.\\d|" + SP + "[억만조천원엔%])");
    /**
     * A year, month and day in Chinese characters, as Korean minutes and Japanese and Chinese sources write
     * them: {@code 2011年4月28日(木)}, {@code 2023年4月}, {@code 2024年}.
     */
    private static final Pattern CJK_DATE = Pattern.compile("(?<![\\d.,])(?<y>\\d{4})" + SP + "年(?:" + SP
            + "(?<m>\\d{1,2})" + SP + "月(?:" + SP + "(?<d>\\d{1,2})" + SP + "日(?:" + SP + "[(（][月火水木金土日][)）])?)?)?");
    /**
     * A quarter or half and its year as financial reports abbreviate them: {@code 4Q24}, {@code 2Q2023},
     * {@code 3Q'24}, {@code 1H24}.
     */
    private static final Pattern LATIN_PERIOD = Pattern.compile("(?<![A-Za-z\\d.])(?:(?<q>[1-4])Q|(?<h>[12])H)['’]?"
            + "(?<y>(?:19|20)\\d{2}|\\d{2})(?![A-Za-z\\d])");
    /** A date in English: {@code March 15, 2024}, {@code 15 March 2024}, {@code Sep. 2023}, {@code May 2024}. */
    private static final String ENGLISH_MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern ENGLISH_DATE = Pattern.compile("(?<![A-Za-z\\d])(?:(?<dd>\\d{1,2})(?:st|nd|rd|th)? )?"
            + "(?<mn>" + ENGLISH_MONTH + ")(?![a-z])\\.?(?: (?<d>\\d{1,2})(?:st|nd|rd|th)?,?)? (?<y>(?:19|20)\\d{2})(?!\\d)");
    /**
     * A year in English prose, after a preposition or a part of the year: {@code in 2024}, {@code since 2019},
     * {@code by 2030}, {@code early 2025}, {@code mid-2024}, {@code late 2023}, {@code the end of 2026},
     * {@code the second half of 2024}, {@code the third quarter of 2024}, {@code Q3 2024}, {@code H1 2024}.
     * A bare four-digit figure is as often a count, so English text needs the word before it, and a plural
     * noun or a currency after it makes it a count again ({@code in 1998 plants}, {@code 2024 won}).
     */
    private static final Pattern ENGLISH_YEAR = Pattern.compile("(?<![A-Za-z])(?:(?<prep>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill"
            + "|[Ff]rom|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter) |(?<part>[Ee]arly |[Mm]id-|[Mm]id |[Ll]ate "
            + "|(?:[Tt]he )?[Ee]nd of |(?:[Tt]he )?(?<half>first|second) half of |(?:[Tt]he )?(?<qw>first|second|third|fourth)"
            + " quarter of |Q(?<qn>[1-4]) |H(?<hn>[12]) ))(?<y>(?:19|20)\\d{2})(?![\\d%]|[.,]\\d| ?%| ?(?:percent|per cent)\\b| [a-z]+s\\b| (?:won|yen|yuan|euros?)\\b)");
    /** An apostrophe year at either end of a range: {@code '09~'12}. */
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile("(?<![\\d])['’](?<y>\\d{2})(?=" + SP + "[~-])"
            + "|(?<=[~-]" + SP + ")['’](?<y2>\\d{2})(?![\\d가-힣A-Za-z.])");
    /** A year alone as the first cell of a table row (line start or after a tab), not a quantity. */
    private static final Pattern ROW_YEAR = Pattern.compile("(?m)(?:^|(?<=\\t))[ \\u00A0]*(?<y>(?:19|20)\\d{2})"
            + "(?=[ \\t]*$|[ \\t]++(?![\\d억만조천백원엔달명개대건톤%년]))");
    /** The first year of {@code 2024~2028년}; the second is an ordinary {@link #ABSOLUTE} year. */
    private static final Pattern RANGE_YEAR = Pattern.compile("(?<![\\d.,])(?<y>(?:19|20)\\d{2})(?=" + SP
            + "[~∼～〜-]" + SP + "(?:19|20)\\d{2}" + SP + "년)");
    private static final Pattern HANGUL_DATE = Pattern.compile(KoreanWords.WORD_START + "(?<y>[일이삼사오육칠팔구십백천]{3,})년"
            + "(?:" + SP + "(?<m>십일|십이|일|이|삼|사|오|유|육|칠|팔|구|시|십)월(?:" + SP + "(?<d>[일이삼사오육칠팔구십]{1,3})일)?)?" + END);
    /** {@code 10월 첫째 화요일}, {@code 2014년 3월 마지막 일요일}, {@code 2015년 10월 마지막날}. */
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(?<![\\d.,])(?:(?<y>(?:19|20)\\d{2})" + SP + "년" + SP
            + ")?(?<m>\\d{1,2})" + SP + "월" + SP + "(?:(?<nth>첫|둘|셋|넷|다섯|첫" + SP + "번|두" + SP + "번|세" + SP + "번|네"
            + SP + "번|다섯" + SP + "번|마지막)(?:째)?" + SP + "(?<wd>[월화수목금토일])요일|(?<last>마지막" + SP + "날|말일))" + END);
    private static final Pattern RELATIVE_YEAR = Pattern.compile(KoreanWords.WORD_START
            + "(?<rel>재작년|내후년|지난" + SP + "해|작년|내년|명년|올해|금년"
            + "|올(?=" + SP + "(?:\\d{1,2}" + SP + "월|[상하]반기|[1-4]" + SP + "분기)))(?:" + YEAR_TAIL + "|" + END + ")");
    private static final Pattern RELATIVE_MONTH = Pattern.compile(KoreanWords.WORD_START
            + "(?<rel>이번" + SP + "달|이달|지난" + SP + "달|저번" + SP + "달|다음" + SP + "달|내달)(?:" + MONTH_TAIL + "|" + END + ")");
    /** A month without a year: 지난 looks back from the publication month, 오는 forward. */
    private static final Pattern BARE_MONTH = Pattern.compile("(?<![\\d가-힣.])(?:(?<mod>지난|오는|올|다음)" + SP
            + ")?(?<m>\\d{1,2})" + SP + "월" + MONTH_TAIL + "?");
    /** The first month of {@code 3~5월}. */
    private static final Pattern RANGE_MONTH = Pattern.compile("(?<![\\d가-힣.])(?<m>\\d{1,2})(?=" + SP + "[~-]" + SP
            + "\\d{1,2}" + SP + "월)");
    /**
     * A day without a month ({@code 15일}, {@code 지난 5일}, {@code 13~15일}), not a count of days: not after
     * 주, 월, 연, 매, 하루, 총, 약 ({@code 주 5일}), 후, 내지, 기간 ({@code 투약 후 1일에}, {@code 2 내지 4일},
     * {@code 처리기간 10일}), not before 간, 동안, 째, 만, 이내, 내, 전, 후, 뒤, 안, 이전, 이후, 이상, 씩, 치, 평균,
     * a figure ({@code 1일 2회}), 분 ({@code 일분}) or a slash ({@code 5일/주}).
     */
    private static final Pattern BARE_DAY = Pattern.compile("(?<![\\d가-힣.~/-]|(?:주|월|연|매|하루|총|약|최대|최소|후|내지|기간|기한)" + SP
            + ")(?:(?<mod>지난|오는)" + SP + ")?(?:(?<d1>\\d{1,2})(?:" + SP + "일)?" + SP + "(?:[~-]|부터" + SP + ")" + SP
            + ")?(?<d>\\d{1,2})" + SP + "일" + WEEKDAY
            + "(?!" + SP + "(?:간|동안|째|만|이내|내|전|후|뒤|안|이전|이후|이상|이하|미만|씩|치|평균|연속|분|\\d)|/)" + END);
    /**
     * A month and day with a slash and no year ({@code 2/15}, {@code 3/2(월)}, {@code 3/2~3/4}). Fractions
     * share the shape ({@code 1/3}, {@code 3/4분기}), so it is a date only when the day is past 12, a
     * weekday follows or a range joins it to another such pair, and never before 분기.
     */
    private static final Pattern SLASH_DAY = Pattern.compile("(?<![\\d./,-])(?<m>\\d{1,2})/(?<d>\\d{1,2})"
            + "(?![\\d/.]|" + SP + "분기)(?<wd>" + SP + "\\([월화수목금토일]\\))?");
    /**
     * A dotted month and day that a weekday in brackets marks as a date, as press releases write their
     * embargo and events: {@code 3.15(금)}, {@code 3. 15.(금)}, {@code 4.2(화)~4.5(금)}; without the weekday
     * {@code 3.15} is as often a figure.
     */
    private static final Pattern DOT_DAY = Pattern.compile("(?<![\\d.,'’‘])(?<m>\\d{1,2})\\." + SP + "(?<d>\\d{1,2})\\.?"
            + "(?<wd>" + SP + "\\([월화수목금토일]\\))");
    private static final Pattern SLASH_RANGE_AFTER = Pattern.compile(SP + "[~-]" + SP + "\\d{1,2}/\\d{1,2}");
    private static final Pattern SLASH_RANGE_BEFORE = Pattern.compile("\\d{1,2}/\\d{1,2}" + SP + "[~-]" + SP + "$");
    /** A quarter or half without a year: {@code 3분기}, {@code 삼분기}, {@code 하반기}. */
    private static final Pattern BARE_PERIOD = Pattern.compile("(?<![\\d가-힣./])(?:(?<q>[1-4일이삼사])(?:/4)?" + SP
            + "분기|(?<h>[상하])반기)" + END);

    private static final Map<Character, Integer> MONTH_NAMES = Map.ofEntries(Map.entry('일', 1), Map.entry('이', 2),
            Map.entry('삼', 3), Map.entry('사', 4), Map.entry('오', 5), Map.entry('유', 6), Map.entry('육', 6),
            Map.entry('칠', 7), Map.entry('팔', 8), Map.entry('구', 9), Map.entry('시', 10), Map.entry('십', 10));

    /**
     * A reading waiting for its context: the date before it in the paragraph, if any. Absolute readings
     * ignore it.
     */
    private record Candidate(Span span, Function<Optional<DateMention>, List<DateMention>> resolve) {
    }

    private static final Holidays HOLIDAYS = Holidays.standard();

    private final Optional<DateReference> reference;
    private final RelativeDays relativeDays;

    /**
     * @param published the document's publication date as an ISO partial ({@code 2025},
     *     {@code 2025-05}, {@code 2025-05-15}); relative dates resolve against it
     * @throws IllegalArgumentException when {@code published} is present but not such a date
     */
    public DateExtractor(Optional<String> published) {
        this.reference = published.map(DateReference::parse);
        this.relativeDays = new RelativeDays(reference);
    }

    @Override
    public List<DateMention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Candidate> candidates = new ArrayList<>();
        fixed(text, ABSOLUTE, this::absolute, candidates);
        fixed(text, DECADE, (m, s) -> DateParts.ofYear(decadeYear(m.group("y")), Qualifier.DECADE)
                .filter(p -> p.year() % 10 == 0).map(p -> p.mention(m, s)), candidates);
        fixed(text, FISCAL, (m, s) -> DateParts.ofYear(year(m.group("y") != null ? m.group("y") : m.group("fy")),
                Qualifier.FISCAL).map(p -> p.mention(m, s)), candidates);
        fixed(text, NUMERIC, (m, s) -> DateParts.of(year(m.group("y")), m.group("m"), m.group("d"), null)
                .map(p -> p.mention(m, s)), candidates);
        boolean decimalHeadings = DECIMAL_HEADING.matcher(text).find();
        fixed(text, SHORT_NUMERIC, (m, s) -> decimalHeadings && clauseNumber(m, s) ? Optional.empty()
                : DateParts.of(year(m.group("y")), m.group("m"), m.group("d"), null).map(p -> p.mention(m, s)), candidates);
        fixed(text, DOTTED_MONTH, (m, s) -> DateParts.of(year(m.group("y") != null ? m.group("y") : m.group("ay")),
                m.group("m"), m.group("d"), m.group("mp")).map(p -> p.mention(m, s)), candidates);
        fixed(text, APOSTROPHE_NUMERIC, (m, s) -> DateParts.of(year(m.group("y")), m.group("m"), m.group("d"), null)
                .map(p -> p.mention(m, s)), candidates);
        fixed(text, CJK_DATE, (m, s) -> DateParts.of(year(m.group("y")), m.group("m"), m.group("d"), null)
                .map(p -> p.mention(m, s)), candidates);
        fixed(text, LATIN_PERIOD, (m, s) -> DateParts.ofYear(year(m.group("y")), m.group("q") != null
                ? Qualifier.valueOf("Q" + m.group("q")) : m.group("h").equals("1") ? Qualifier.H1 : Qualifier.H2)
                .map(p -> p.mention(m, s)), candidates);
        fixed(text, ENGLISH_DATE, DateExtractor::englishDate, candidates);
        fixed(text, ENGLISH_YEAR, DateExtractor::englishYear, candidates);
        fixed(text, APOSTROPHE_YEAR, (m, s) -> DateParts.of(year(m.group("y") != null ? m.group("y") : m.group("y2")),
                null, null, null).map(p -> p.mention(m, s)), candidates);
        fixed(text, HANGUL_DATE, DateExtractor::hangulDate, candidates);
        fixed(text, NTH_WEEKDAY, this::nthWeekday, candidates);
        fixed(text, ROW_YEAR, (m, s) -> yearOnly(m, "y", s), candidates);
        fixed(text, RANGE_YEAR, (m, s) -> yearOnly(m, "y", s), candidates);
        fixed(text, RELATIVE_YEAR, this::relativeYear, candidates);
        fixed(text, RELATIVE_MONTH, this::relativeMonth, candidates);
        List<DateMention> relative = new ArrayList<>(relativeDays.find(text));
        relative.addAll(HOLIDAYS.find(text, reference));
        java.util.Map<Span, List<DateMention>> bySpan = new java.util.LinkedHashMap<>();
        relative.forEach(d -> bySpan.computeIfAbsent(d.span(), k -> new ArrayList<>()).add(d));
        bySpan.forEach((span, ds) -> candidates.add(new Candidate(span, c -> ds)));
        contextual(text, BARE_MONTH, this::bareMonth, candidates);
        contextual(text, RANGE_MONTH, this::bareMonth, candidates);
        contextual(text, BARE_DAY, this::bareDay, candidates);
        contextual(text, SLASH_DAY, this::slashDay, candidates);
        contextual(text, DOT_DAY, this::slashDay, candidates);
        contextual(text, BARE_PERIOD, this::barePeriod, candidates);
        // several mentions with one span (지난 두 달) are one candidate
        candidates.sort(Comparator.comparing(Candidate::span));
        List<DateMention> out = new ArrayList<>();
        int[] breaks = blankLines(text);
        Lender lender = new Lender();
        int lastEnd = 0;
        for (Candidate c : candidates) {
            if (c.span().start() < lastEnd) {
                continue;
            }
            List<DateMention> read = c.resolve().apply(lender.before(paragraph(breaks, c.span().start())));
            if (!read.isEmpty()) {
                out.addAll(read);
                read.forEach(lender::add);
                lastEnd = c.span().end();
            }
        }
        return out;
    }

    /** {@return where each {@code "\n\n"} of {@code text} starts, in order: the breaks between paragraphs} */
    private static int[] blankLines(String text) {
        return java.util.stream.IntStream.range(0, Math.max(0, text.length() - 1))
                .filter(i -> text.charAt(i) == '\n' && text.charAt(i + 1) == '\n').toArray();
    }

    /** {@return what {@code text.lastIndexOf("\n\n", at)} gives, from the breaks found once} */
    private static int paragraph(int[] breaks, int at) {
        int i = java.util.Arrays.binarySearch(breaks, at);
        int below = i >= 0 ? i : -i - 2;
        return below >= 0 ? breaks[below] : -1;
    }

    /**
     * The context of a date: the last date found before it in the same paragraph that states its period,
     * kept as dates are found instead of looked for back through them, paragraph by paragraph, for each.
     */
    private static final class Lender {
        private Optional<DateMention> last = Optional.empty();
        /** The least end of {@link #last} and the dates found after it. */
        private int reach;

        void add(DateMention d) {
            if (d.qualifier().filter(q -> q == Qualifier.DECADE || q == Qualifier.FISCAL).isEmpty() && statesItsPeriod(d)) {
                last = Optional.of(d);
                reach = d.span().end();
            } else {
                reach = Math.min(reach, d.span().end());
            }
        }

        /**
         * {@return the last date stating its period, unless it or a date found after it ends at or before
         * {@code paragraph}, where the break before the candidate's paragraph starts (-1 in the first)} A
         * search back through the dates stopped at the first such date.
         */
        Optional<DateMention> before(int paragraph) {
            return last.filter(d -> reach > paragraph);
        }
    }

    /**
     * A date that names its year or month in its own words ({@code 3월 2일}, {@code 2024년}, {@code 이달}),
     * unlike a bare day that took its month from elsewhere ({@code 오는 10일}): only such a date lends its
     * period to the bare days and months after it.
     */
    private static boolean statesItsPeriod(DateMention d) {
        return STATED.matcher(d.text()).find();
    }

    /** A line opening with a two-level section number and its title or text: {@code 11.5 안전 시스템}. */
    private static final Pattern DECIMAL_HEADING = Pattern.compile("(?m)^[ \\t]*\\d{1,2}\\.\\d{1,2}\\.?[ \\t]+[\\p{IsHangul}\\p{IsLatin}\"“‘'「]");
    /**
     * What follows a clause number: a space, then its text or another clause it cites ({@code 15.4.8 주요 제어장치},
     * {@code 10.1.3. 개인정보}, {@code 11.5.1 9.2.2에 따라}).
     */
    private static final Pattern CLAUSE_TEXT = Pattern.compile("\\.?[ \\t]+(?:[\\p{IsHangul}\\p{IsLatin}\"“‘'「]|\\d{1,2}\\.\\d)");

    /**
     * {@return whether a short numeric date opens its line with text after it, in a document whose lines open
     * with decimal section numbers} ({@code 11.5 안전 시스템} … {@code 15.4.8 주요 제어장치 및 의자석의 배치}): a
     * regulation's or a specification's clause number, not 8 April 2015. Such numbers stand at the start of a
     * line, or are cited in a sentence ({@code 11.3.6 참조}, {@code 9.2.2에 따라}, {@code 상기 10.2.1 내지 10.2.7});
     * a date in a sentence ({@code 24.3.15 개최}) or a table's cell (after a tab) is read as before.
     */
    private static boolean clauseNumber(Matcher m, String text) {
        int start = m.start();
        int line = text.lastIndexOf('\n', start - 1) + 1;
        if (CLAUSE_CITED_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || CLAUSE_CITED_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find()) {
            return true; // a clause cited: 11.3.6 참조, 9.2.2에 따라, 상기 10.2.1 내지 10.2.7
        }
        return text.substring(line, start).isBlank() && !text.substring(line, start).contains("\t")
                && CLAUSE_TEXT.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** What follows a clause cited in the text: {@code 참조}, {@code 에 따라}, {@code 의 규정}, {@code 내지} another. */
    private static final Pattern CLAUSE_CITED_AFTER = Pattern.compile(
            "\\.?(?:[ ]?참조|에[ ]따[라른]|에서[ ]정한|의[ ]규정|[ ]내지[ ]\\d)");
    /** What precedes a clause cited in the text: {@code 상기}, {@code 내지}. */
    private static final Pattern CLAUSE_CITED_BEFORE = Pattern.compile("(?:상기|내지)[ ]$");

    private static final Pattern STATED = Pattern.compile("[년월달해]|\\d[./-]\\d|FY|^['’]?\\d{2,4}$");

    private static void fixed(String text, Pattern pattern, java.util.function.BiFunction<Matcher, String,
            Optional<DateMention>> read, List<Candidate> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            read.apply(m, text).ifPresent(d -> out.add(new Candidate(d.span(), c -> List.of(d))));
        }
    }

    @FunctionalInterface
    private interface Contextual {
        List<DateMention> read(Matcher m, String text, Optional<DateMention> context);
    }

    /** The match's groups are copied now: the matcher moves on before the context is known. */
    private static void contextual(String text, Pattern pattern, Contextual read, List<Candidate> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Matcher frozen = pattern.matcher(text);
            frozen.useTransparentBounds(true).region(m.start(), text.length()).lookingAt();
            out.add(new Candidate(new Span(m.start(), m.end()), c -> read.read(frozen, text, c)));
        }
    }

    private Optional<DateMention> absolute(Matcher m, String text) {
        String y = m.group("y");
        boolean hasTail = m.group("q") != null || m.group("h") != null || m.group("yp") != null || m.group("m") != null;
        // Two digits are a year only when marked (’24년) or followed by a period (24년 3월): 24년 alone is
        // as often "24 years".
        if (y.length() == 2 && m.group("ap") == null && !hasTail) {
            return Optional.empty();
        }
        return DateParts.ofTail(year(y), m).map(p -> p.mention(m, text));
    }

    private static Optional<DateMention> englishDate(Matcher m, String text) {
        String day = m.group("d") != null ? m.group("d") : m.group("dd");
        if (m.group("d") != null && m.group("dd") != null) {
            return Optional.empty(); // 3 March 15, 2024: not one date
        }
        int month = ENGLISH_MONTHS.indexOf(m.group("mn").substring(0, 3)) / 3 + 1;
        return DateParts.of(year(m.group("y")), String.valueOf(month), day, null).map(p -> p.mention(m, text));
    }

    private static final String ENGLISH_MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

    private static Optional<DateMention> englishYear(Matcher m, String text) {
        if (m.group("prep") != null) {
            return yearOnly(m, "y", text); // the year alone is the mention: "in" is no part of it
        }
        String part = m.group("part").strip().toLowerCase(java.util.Locale.ROOT);
        Qualifier q;
        if (m.group("half") != null) {
            q = m.group("half").equals("first") ? Qualifier.H1 : Qualifier.H2;
        } else if (m.group("qw") != null) {
            q = Qualifier.valueOf("Q" + (ORDINALS.indexOf(m.group("qw")) + 1));
        } else if (m.group("qn") != null) {
            q = Qualifier.valueOf("Q" + m.group("qn"));
        } else if (m.group("hn") != null) {
            q = m.group("hn").equals("1") ? Qualifier.H1 : Qualifier.H2;
        } else if (part.startsWith("early")) {
            q = Qualifier.START;
        } else if (part.startsWith("mid")) {
            q = Qualifier.MID;
        } else {
            q = Qualifier.END; // late, the end of
        }
        return DateParts.ofYear(year(m.group("y")), q).map(p -> p.mention(m, text));
    }

    private static Optional<DateMention> hangulDate(Matcher m, String text) {
        Optional<Integer> y = KoreanNumber.read(m.group("y")).filter(v -> v.scale() <= 0).map(v -> v.intValue());
        if (y.isEmpty()) {
            return Optional.empty();
        }
        String month = m.group("m") == null ? null : String.valueOf(m.group("m").length() == 2
                ? 10 + MONTH_NAMES.get(m.group("m").charAt(1)) : MONTH_NAMES.get(m.group("m").charAt(0)));
        String day = m.group("d") == null ? null
                : KoreanNumber.read(m.group("d")).map(v -> String.valueOf(v.intValue())).orElse("0");
        return DateParts.of(y.get(), month, day, null).map(p -> p.mention(m, text));
    }

    private Optional<DateMention> nthWeekday(Matcher m, String text) {
        Optional<Integer> year = m.group("y") != null ? Optional.of(Integer.parseInt(m.group("y")))
                : reference.map(DateReference::year);
        int month = Integer.parseInt(m.group("m"));
        if (year.isEmpty() || month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth ym = YearMonth.of(year.get(), month);
        LocalDate day;
        if (m.group("last") != null) {
            day = ym.atEndOfMonth();
        } else {
            DayOfWeek wd = DayOfWeek.of("월화수목금토일".indexOf(m.group("wd").charAt(0)) + 1);
            String nth = m.group("nth").replaceAll("[\\s번]", "");
            if (nth.equals("마지막")) {
                day = ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(wd));
            } else {
                int n = List.of("첫", "둘", "셋", "넷", "다섯").indexOf(nth.replace("두", "둘").replace("세", "셋")
                        .replace("네", "넷")) + 1;
                day = ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, wd));
                if (!YearMonth.from(day).equals(ym)) {
                    return Optional.empty(); // a fifth Monday the month does not have
                }
            }
        }
        Span span = new Span(m.start(), m.end());
        return Optional.of(new DateMention(span, span.of(text), day.toString(), Optional.empty()));
    }

    private Optional<DateMention> relativeYear(Matcher m, String text) {
        return reference.flatMap(ref -> {
            String rel = m.group("rel").replaceAll("\\s", "");
            int offset = switch (rel) {
                case "재작년" -> -2;
                case "지난해", "작년" -> -1;
                case "내년", "명년" -> 1;
                case "내후년" -> 2;
                default -> 0; // 올해, 금년, 올
            };
            return DateParts.ofTail(ref.year() + offset, m).map(p -> p.mention(m, text));
        });
    }

    private Optional<DateMention> relativeMonth(Matcher m, String text) {
        return reference.flatMap(DateReference::yearMonth).flatMap(ref -> {
            String rel = m.group("rel").replaceAll("\\s", "");
            int step = rel.equals("지난달") || rel.equals("저번달") ? -1 : rel.equals("다음달") || rel.equals("내달") ? 1 : 0;
            YearMonth ym = ref.plusMonths(step);
            return DateParts.of(ym.getYear(), String.valueOf(ym.getMonthValue()), m.group("d"), m.group("mp"))
                    .map(p -> p.mention(m, text));
        });
    }

    /** 지난/오는/다음 count from the publication month; a month alone takes the year of the date before it. */
    private List<DateMention> bareMonth(Matcher m, String text, Optional<DateMention> context) {
        Matcher yearBefore = UNREAD_YEAR.matcher(text.substring(Math.max(0, m.start() - 8), m.start()));
        if (yearBefore.find() && DateParts.of(year(yearBefore.group(1)), null, null, null).isEmpty()) {
            return List.of(); // 1111년 1월 1일: a form's placeholder; its month is no more a date than its year
        }
        String mod = m.groupCount() >= 1 && hasGroup(m, "mod") ? m.group("mod") : null;
        int month = Integer.parseInt(m.group("m"));
        Optional<Integer> year;
        if (mod == null && context.isPresent()) {
            year = Optional.of(Integer.parseInt(context.get().value().substring(0, 4)));
        } else {
            year = reference.map(ref -> {
                if (ref.month() > 0 && "지난".equals(mod) && month > ref.month()) {
                    return ref.year() - 1; // 지난 11월, written in May: last year's November
                } else if (ref.month() > 0 && ("오는".equals(mod) || "다음".equals(mod)) && month < ref.month()) {
                    return ref.year() + 1; // 오는 2월, written in May: next year's February
                }
                return ref.year();
            });
        }
        String day = hasGroup(m, "d") ? m.group("d") : null;
        String part = hasGroup(m, "mp") ? m.group("mp") : null;
        return year.flatMap(y -> DateParts.of(y, m.group("m"), day, part)).map(p -> p.mention(m, text)).stream().toList();
    }

    /** A year written right before a month, which the month belongs to: when it is no year, the month is no date. */
    private static final Pattern UNREAD_YEAR = Pattern.compile("(?<!\\d)(\\d{2}|\\d{4})" + SP + "년" + SP + "$");

    /** A day takes its month from the date before it; else from the publication month and the tense. */
    private List<DateMention> bareDay(Matcher m, String text, Optional<DateMention> context) {
        String mod = m.group("mod");
        Optional<YearMonth> month = Optional.empty();
        if (mod == null) {
            month = context.filter(c -> c.value().length() >= 7).map(c -> YearMonth.parse(c.value().substring(0, 7)));
        }
        int d = Integer.parseInt(m.group("d"));
        if (month.isEmpty()) {
            month = reference.flatMap(DateReference::yearMonth).map(ym -> {
                int refDay = reference.get().day();
                if (refDay == 0) {
                    return ym;
                }
                boolean back = "지난".equals(mod) || mod == null && Tense.isPast(text, m.end());
                if (back) {
                    return d <= refDay ? ym : ym.minusMonths(1);
                }
                return d >= refDay ? ym : ym.plusMonths(1);
            });
        }
        Span span = new Span(m.start(), m.end());
        List<DateMention> out = new ArrayList<>();
        for (String day : m.group("d1") == null ? List.of(m.group("d")) : List.of(m.group("d1"), m.group("d"))) {
            month.flatMap(ym -> DateParts.of(ym.getYear(), String.valueOf(ym.getMonthValue()), day, null))
                    .ifPresent(p -> out.add(p.mention(span, text)));
        }
        return out.size() == (m.group("d1") == null ? 1 : 2) ? out : List.of();
    }

    /** {@code 2/15}: of the year of the date before it, else of the publication year. */
    private List<DateMention> slashDay(Matcher m, String text, Optional<DateMention> context) {
        boolean range = SLASH_RANGE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || SLASH_RANGE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find();
        if (Integer.parseInt(m.group("d")) <= 12 && m.group("wd") == null && !range) {
            return List.of();
        }
        Optional<Integer> year = context.map(c -> Integer.parseInt(c.value().substring(0, 4)))
                .or(() -> reference.map(DateReference::year));
        if (year.isPresent() && m.group("wd") != null) {
            year = Optional.of(byWeekday(year.get(), m.group("m"), m.group("d"), m.group("wd")));
        }
        return year.flatMap(y -> DateParts.of(y, m.group("m"), m.group("d"), null)).map(p -> p.mention(m, text))
                .stream().toList();
    }

    private static final String WEEKDAYS = "월화수목금토일";

    /**
     * {@return the year the weekday names} A month and day with its weekday ({@code 9.1(화)}) fixes its
     * year among the few around the one the context gives: that year if the weekday falls there, else the
     * publication year, the year after or before (a plan for next year in this year's paragraph); the
     * context's year when none fits (a misprinted weekday).
     */
    private int byWeekday(int year, String month, String day, String weekday) {
        int wanted = WEEKDAYS.indexOf(weekday.strip().charAt(1)) + 1; // ISO: Monday 1 .. Sunday 7
        List<Integer> tries = new ArrayList<>(List.of(year));
        reference.map(DateReference::year).ifPresent(tries::add);
        tries.addAll(List.of(year + 1, year - 1));
        for (int y : tries) {
            try {
                if (java.time.LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).getDayOfWeek().getValue() == wanted) {
                    return y;
                }
            } catch (java.time.DateTimeException e) {
                return year; // no such day: DateParts refuses it
            }
        }
        return year;
    }

    /** {@code 3분기}, {@code 하반기}: of the year of the date before it, else of the publication year. */
    private List<DateMention> barePeriod(Matcher m, String text, Optional<DateMention> context) {
        Optional<Integer> year = context.map(c -> Integer.parseInt(c.value().substring(0, 4)))
                .or(() -> reference.map(DateReference::year));
        Qualifier q = m.group("h") != null ? (m.group("h").equals("상") ? Qualifier.H1 : Qualifier.H2)
                : Qualifier.valueOf("Q" + ("1234".indexOf(m.group("q")) >= 0 ? m.group("q")
                : String.valueOf("일이삼사".indexOf(m.group("q")) + 1)));
        return year.flatMap(y -> DateParts.ofYear(y, q)).map(p -> p.mention(m, text)).stream().toList();
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false; // the pattern has no such group
        }
    }

    private static Optional<DateMention> yearOnly(Matcher m, String group, String text) {
        int y = year(m.group(group));
        Span span = new Span(m.start(group), m.end(group));
        return DateParts.of(y, null, null, null).map(p -> p.mention(span, text));
    }

    /** Two-digit years: 00–49 are 20YY, 50–99 are 19YY ({@code ’24} is 2024, {@code 74/10/31} 1974). */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    }

    /** {@code 90년대} is the 1990s, {@code 20년대} the 2020s. */
    private static int decadeYear(String digits) {
        return year(digits);
    }
}
