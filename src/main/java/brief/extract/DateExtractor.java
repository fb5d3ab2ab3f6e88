package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.Span;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods: absolute ({@code 2024년 12월}, {@code 2027년말}, {@code 2025년 상반기},
 * {@code 2024.12.3}, {@code ’24년 3월}, a year alone at the start of a table row), and relative ones
 * ({@code 올해 4월}, {@code 지난해말}, {@code 내년 상반기}, {@code 이달}, {@code 지난 4월}) resolved against the
 * publication date given to the constructor; without one, relative dates are skipped.
 *
 * <p>Durations are not dates, and are kept out by the shape of the patterns rather than a stop list:
 * a year is four digits (or two digits with an apostrophe or a month after them), so {@code 1년 10개월},
 * {@code 3년간}, {@code 10년 동안} never match, and {@code 개월} is not {@code 월}. Where two readings
 * overlap the longest, leftmost wins ({@code 올해 4월} over {@code 4월}). Reads only the clean text.
 */
public final class DateExtractor implements Extractor<DateMention> {

    private static final String SP = "[ \\u00A0]?";
    private static final String END = KoreanWords.WORD_END;
    /** 초 as "early", not the start of 초과 (exceeding) or 초대 (first, inaugural). */
    private static final String CHO = "초(?!과|대)";
    /** What may follow a month: a day, or which part of the month. */
    private static final String MONTH_TAIL = "(?:" + SP + "(?<d>\\d{1,2})" + SP + "일|" + SP
            + "(?<mp>초순|" + CHO + "|상순|중순|하순|말)" + END + ")";
    /** What may follow a year: a quarter, a half, which part of the year, or a month. */
    private static final String YEAR_TAIL = "(?:" + SP + "(?:(?<q>[1-4])(?:/4)?" + SP + "분기|(?<h>[상하])반기"
            + "|(?<yp>초반|" + CHO + "|중반|후반|말)" + END + ")"
            + "|" + SP + "(?<m>\\d{1,2})" + SP + "월" + MONTH_TAIL + "?)";

    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\d.,])(?<ap>['’‘])?(?<y>\\d{4}|\\d{2})" + SP
            + "년(?:도)?" + YEAR_TAIL + "?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,])(?<y>(?:19|20)\\d{2})(?<s>[./-])" + SP
            + "(?<m>\\d{1,2})(?:\\k<s>" + SP + "(?<d>\\d{1,2}))?(?!\\d)(?!" + SP + "[억만조천원엔%])");
    /** A year alone as the first cell of a table row (line start or after a tab), not a quantity. */
    private static final Pattern ROW_YEAR = Pattern.compile("(?m)(?:^|(?<=\\t))[ \\u00A0]*(?<y>(?:19|20)\\d{2})"
            + "(?=[ \\t]*$|[ \\t]++(?![\\d억만조천백원엔달명개대건톤%년]))");
    /** The first year of {@code 2024~2028년}; the second is an ordinary {@link #ABSOLUTE} year. */
    private static final Pattern RANGE_YEAR = Pattern.compile("(?<![\\d.,])(?<y>(?:19|20)\\d{2})(?=" + SP
            + "[~∼～〜-]" + SP + "(?:19|20)\\d{2}" + SP + "년)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile(KoreanWords.WORD_START
            + "(?<rel>재작년|내후년|지난" + SP + "해|작년|내년|명년|올해|금년"
            + "|올(?=" + SP + "(?:\\d{1,2}" + SP + "월|[상하]반기|[1-4]" + SP + "분기)))(?:" + YEAR_TAIL + "|" + END + ")");
    private static final Pattern RELATIVE_MONTH = Pattern.compile(KoreanWords.WORD_START
            + "(?<rel>이번" + SP + "달|이달|지난" + SP + "달|다음" + SP + "달|내달)(?:" + MONTH_TAIL + "|" + END + ")");
    /** A month without a year: 지난 looks back from the publication month, 오는 forward. */
    private static final Pattern BARE_MONTH = Pattern.compile("(?<![\\d가-힣.])(?:(?<mod>지난|오는|올)" + SP
            + ")?(?<m>\\d{1,2})" + SP + "월" + MONTH_TAIL + "?");

    private static final Pattern PUBLISHED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-\\d{2})?)?");

    /** Publication year and, when known, month (0 when not). */
    private record Reference(int year, int month) {
    }

    private final Optional<Reference> reference;

    /**
     * @param published the document's publication date as an ISO partial ({@code 2025},
     *     {@code 2025-05}, {@code 2025-05-15}); relative dates resolve against it
     * @throws IllegalArgumentException when {@code published} is present but not such a date
     */
    public DateExtractor(Optional<String> published) {
        this.reference = published.map(p -> {
            Matcher m = PUBLISHED.matcher(p);
            if (!m.matches()) {
                throw new IllegalArgumentException("published date '" + p + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
            return new Reference(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        });
    }

    @Override
    public List<DateMention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<DateMention> candidates = new ArrayList<>();
        find(text, ABSOLUTE, this::absolute, candidates);
        find(text, NUMERIC, (m, s) -> DateParts.of(year(m.group("y")), m.group("m"), m.group("d"), null)
                .map(p -> p.mention(m, text)), candidates);
        find(text, ROW_YEAR, (m, s) -> yearOnly(m, text), candidates);
        find(text, RANGE_YEAR, (m, s) -> yearOnly(m, text), candidates);
        find(text, RELATIVE_YEAR, this::relativeYear, candidates);
        find(text, RELATIVE_MONTH, this::relativeMonth, candidates);
        find(text, BARE_MONTH, this::bareMonth, candidates);
        candidates.sort(Comparator.comparing(DateMention::span));
        List<DateMention> out = new ArrayList<>();
        int lastEnd = 0;
        for (DateMention c : candidates) {
            if (c.span().start() >= lastEnd) {
                out.add(c);
                lastEnd = c.span().end();
            }
        }
        return out;
    }

    private static void find(String text, Pattern pattern, BiFunction<Matcher, String, Optional<DateMention>> read,
            List<DateMention> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            read.apply(m, text).ifPresent(out::add);
        }
    }

    private Optional<DateMention> absolute(Matcher m, String text) {
        String y = m.group("y");
        boolean hasTail = m.group("q") != null || m.group("h") != null || m.group("yp") != null || m.group("m") != null;
        // Two digits are a year only when marked (’24년) or followed by a period (24년 3월): 24년 alone is
        // as often "24 years". Two-digit years are read as 20YY.
        if (y.length() == 2 && m.group("ap") == null && !hasTail) {
            return Optional.empty();
        }
        return DateParts.ofTail(year(y), m).map(p -> p.mention(m, text));
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
        return reference.filter(ref -> ref.month() > 0).flatMap(ref -> {
            String rel = m.group("rel").replaceAll("\\s", "");
            int step = rel.equals("지난달") ? -1 : rel.equals("다음달") || rel.equals("내달") ? 1 : 0;
            YearMonth ym = YearMonth.of(ref.year(), ref.month()).plusMonths(step);
            return DateParts.of(ym.getYear(), String.valueOf(ym.getMonthValue()), m.group("d"), m.group("mp"))
                    .map(p -> p.mention(m, text));
        });
    }

    private Optional<DateMention> bareMonth(Matcher m, String text) {
        return reference.flatMap(ref -> {
            int month = Integer.parseInt(m.group("m"));
            int year = ref.year();
            String mod = m.group("mod");
            if (ref.month() > 0 && "지난".equals(mod) && month > ref.month()) {
                year--; // 지난 11월, written in May: last year's November
            } else if (ref.month() > 0 && "오는".equals(mod) && month < ref.month()) {
                year++; // 오는 2월, written in May: next year's February
            }
            return DateParts.of(year, m.group("m"), m.group("d"), m.group("mp")).map(p -> p.mention(m, text));
        });
    }

    private static Optional<DateMention> yearOnly(Matcher m, String text) {
        int y = year(m.group("y"));
        Span span = new Span(m.start("y"), m.end("y"));
        return DateParts.of(y, null, null, null).map(p -> p.mention(span, text));
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }
}
