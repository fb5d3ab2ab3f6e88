package brief.extract;

import brief.text.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates named relative to the publication date that {@link DateExtractor}'s year and month rules do not
 * cover: days ({@code 오늘}, {@code 어제}, {@code 모레}, {@code 그제}), weekdays ({@code 지난주 일요일},
 * {@code 다음 화요일}, {@code 금요일}), spans back ({@code 3주 전}, {@code 2년 전}; a deadline counted back from
 * an event, {@code 체결 7일 이전에}, {@code 3일 전까지}, is no date), periods of several months
 * or years before or after it ({@code 지난 두 달}, {@code 다음 3년}: one mention per end, as a range of
 * amounts), and quarters ({@code 이번 분기}, {@code 전 분기}). Each needs the reference to the grain it
 * names; without it the expression is skipped.
 *
 * <p>A weekday alone is the last one before the publication day when its sentence is in the past tense
 * (a syllable ending in ㅆ other than 있, 겠: 했, 었, 였, 됐), else the next one after it. A week runs from
 * Monday ({@code 이번 주 월요일} is the Monday of the publication week). {@code 매주 월요일} recurs and is
 * no date. A weekday right after a date ({@code 19일 화요일}) belongs to that date, not here.
 */
final class RelativeDays {

    private static final String SP = "[ \\u00A0]?";
    private static final String END = KoreanWords.WORD_END;
    /** A count in digits, sino-Korean ({@code 삼}) or native Korean ({@code 두}). */
    private static final String COUNT = "(?<n>\\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|[일이삼사오육칠팔구십]{1,2})";
    private static final Map<String, Integer> NATIVE = Map.of("한", 1, "두", 2, "세", 3, "네", 4, "다섯", 5,
            "여섯", 6, "일곱", 7, "여덟", 8, "아홉", 9, "열", 10);

    private static final Pattern DAY_WORD = Pattern.compile(KoreanWords.WORD_START
            + "(?<w>오늘|어제|어저께|내일모레|내일|모레|그저께|그제|엊그저께|엊그제)(?!날|밤|저녁|아침)" + END);
    private static final Pattern WEEKDAY = Pattern.compile("(?<![가-힣]|매주" + SP + "|매" + SP + ")(?:(?<wk>이번" + SP + "주|금주|다음"
            + SP + "주|차주|내주|지난" + SP + "주|저번" + SP + "주|전주|다음|오는|지난|저번)" + SP + ")?(?<wd>[월화수목금토일])요일" + END);
    private static final Pattern AGO = Pattern.compile(KoreanWords.WORD_START + COUNT + SP
            + "(?<u>일|주일|주|개월|달|년|해)" + SP + "(?:전(?!까지)|이전(?!에|까지))" + END);
    private static final Pattern SPAN = Pattern.compile(KoreanWords.WORD_START + "(?<dir>지난|다음)" + SP + COUNT + SP
            + "(?<u>개월|달|년|해)(?:간|동안)?" + END);
    private static final Pattern QUARTER = Pattern.compile(KoreanWords.WORD_START
            + "(?<rel>이번|다음|지난|전|직전)" + SP + "분기" + END);

    private final Optional<DateReference> reference;

    RelativeDays(Optional<DateReference> reference) {
        this.reference = reference;
    }

    /** {@return the mentions found, in no particular order; they may overlap other rules' mentions} */
    List<DateMention> find(String text) {
        List<DateMention> out = new ArrayList<>();
        Optional<LocalDate> day = reference.flatMap(DateReference::date);
        Optional<YearMonth> month = reference.flatMap(DateReference::yearMonth);
        day.ifPresent(ref -> {
            each(DAY_WORD, text, m -> out.add(day(m, text, ref.plusDays(offset(m.group("w"))))));
            each(WEEKDAY, text, m -> weekday(m, text, ref).ifPresent(d -> out.add(day(m, text, d))));
        });
        each(AGO, text, m -> ago(m, text).ifPresent(out::add));
        month.ifPresent(ref -> each(SPAN, text, m -> out.addAll(span(m, text, ref))));
        month.ifPresent(ref -> each(QUARTER, text, m -> {
            int step = m.group("rel").equals("이번") ? 0 : m.group("rel").equals("다음") ? 1 : -1;
            YearMonth q = ref.plusMonths(3L * step);
            out.add(new DateMention(new Span(m.start(), m.end()), m.group(), String.format("%04d", q.getYear()),
                    Optional.of(Qualifier.valueOf("Q" + ((q.getMonthValue() - 1) / 3 + 1)))));
        }));
        return out;
    }

    private static void each(Pattern p, String text, java.util.function.Consumer<Matcher> action) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            action.accept(m);
        }
    }

    private static int offset(String word) {
        return switch (word) {
            case "오늘" -> 0;
            case "어제", "어저께" -> -1;
            case "내일" -> 1;
            case "모레", "내일모레" -> 2;
            default -> -2; // 그제, 그저께, 엊그제, 엊그저께
        };
    }

    private static Optional<LocalDate> weekday(Matcher m, String text, LocalDate ref) {
        DayOfWeek wd = DayOfWeek.of("월화수목금토일".indexOf(m.group("wd").charAt(0)) + 1);
        String wk = m.group("wk") == null ? "" : m.group("wk").replaceAll("\\s", "");
        return Optional.of(switch (wk) {
            case "이번주", "금주" -> ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(
                    TemporalAdjusters.nextOrSame(wd));
            case "다음주", "차주", "내주" -> ref.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(wd));
            case "지난주", "저번주", "전주" -> ref.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(wd));
            case "다음", "오는" -> ref.with(TemporalAdjusters.next(wd));
            case "지난", "저번" -> ref.with(TemporalAdjusters.previous(wd));
            default -> Tense.isPast(text, m.end()) ? ref.with(TemporalAdjusters.previousOrSame(wd))
                    : ref.with(TemporalAdjusters.next(wd));
        });
    }

    /** 일 and 주 back give a day, 개월 and 달 a month, 년 a month when the reference has one, else a year. */
    private Optional<DateMention> ago(Matcher m, String text) {
        return count(m.group("n")).flatMap(n -> reference.flatMap(ref -> {
            String u = m.group("u");
            if (u.equals("일") || u.startsWith("주")) {
                return ref.date().map(d -> day(m, text, u.equals("일") ? d.minusDays(n) : d.minusWeeks(n)));
            }
            if (u.equals("개월") || u.equals("달")) {
                return ref.yearMonth().map(ym -> month(m, text, ym.minusMonths(n)));
            }
            return Optional.of(ref.yearMonth().map(ym -> month(m, text, ym.minusYears(n)))
                    .orElseGet(() -> year(new Span(m.start(), m.end()), text, ref.year() - n)));
        }));
    }

    /** 지난 두 달, written in February 2013: December 2012 and January 2013; 다음 3년: 2014 and 2016. */
    private static List<DateMention> span(Matcher m, String text, YearMonth ref) {
        Optional<Integer> count = count(m.group("n"));
        if (count.isEmpty() || count.get() < 1) {
            return List.of();
        }
        int n = count.get();
        boolean back = m.group("dir").equals("지난");
        Span span = new Span(m.start(), m.end());
        if (m.group("u").equals("개월") || m.group("u").equals("달")) {
            YearMonth first = back ? ref.minusMonths(n) : ref.plusMonths(1);
            return List.of(month(m, text, first), month(m, text, first.plusMonths(n - 1L)));
        }
        int first = back ? ref.getYear() - n : ref.getYear() + 1;
        return List.of(year(span, text, first), year(span, text, first + n - 1));
    }

    private static Optional<Integer> count(String n) {
        if (NATIVE.containsKey(n)) {
            return Optional.of(NATIVE.get(n));
        }
        return KoreanNumber.read(n).filter(v -> v.scale() <= 0 && v.signum() > 0).map(v -> v.intValue());
    }

    private static DateMention day(Matcher m, String text, LocalDate d) {
        Span span = new Span(m.start(), m.end());
        return new DateMention(span, span.of(text), d.toString(), Optional.empty());
    }

    private static DateMention month(Matcher m, String text, YearMonth ym) {
        Span span = new Span(m.start(), m.end());
        return new DateMention(span, span.of(text), ym.toString(), Optional.empty());
    }

    private static DateMention year(Span span, String text, int y) {
        return new DateMention(span, span.of(text), String.format("%04d", y), Optional.empty());
    }
}
