package brief.extract;

import brief.text.Span;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Days named by a fixed solar date ({@code 광복절}, {@code 크리스마스}), from {@code brief/dates/holidays.tsv}.
 * A year before the name ({@code 2024년 광복절}) fixes it; else the name is the last such day on or before
 * the publication day when the sentence is in the past tense, the next one otherwise. Without a
 * publication date and without a year, the name is skipped.
 */
final class Holidays {

    private static final String RESOURCE = "/brief/dates/holidays.tsv";
    private static final String SP = "[ \\u00A0]?";

    private final Map<String, MonthDay> days;
    private final Pattern pattern;

    private Holidays(Map<String, MonthDay> days) {
        this.days = days;
        String names = days.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\d가-힣])(?:(?<y>(?:19|20)\\d{2})" + SP + "년" + SP + ")?(?<name>" + names
                + ")" + KoreanWords.WORD_END);
    }

    static Holidays standard() {
        Map<String, MonthDay> days = new LinkedHashMap<>();
        for (ResourceTable.Row r : ResourceTable.rows(RESOURCE)) {
            String[] cols = r.cells();
            if (cols.length != 2 || !cols[1].matches("\\d{2}-\\d{2}")) {
                throw new IllegalStateException(RESOURCE + " line " + r.line() + ": expected name, MM-DD, got '"
                        + r.text() + "'");
            }
            days.put(cols[0], MonthDay.parse("--" + cols[1]));
        }
        return new Holidays(days);
    }

    List<DateMention> find(String text, Optional<DateReference> reference) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            MonthDay md = days.get(m.group("name"));
            Optional<LocalDate> day;
            if (m.group("y") != null) {
                day = Optional.of(md.atYear(Integer.parseInt(m.group("y"))));
            } else {
                day = reference.map(ref -> {
                    LocalDate from = ref.date().orElse(LocalDate.of(ref.year(), Math.max(1, ref.month()), 1));
                    LocalDate same = md.atYear(from.getYear());
                    if (ref.month() == 0) {
                        return same;
                    }
                    if (Tense.isPast(text, m.end())) {
                        return same.isAfter(from) ? md.atYear(from.getYear() - 1) : same;
                    }
                    return same.isBefore(from) || same.equals(from) && ref.day() == 0 ? md.atYear(from.getYear() + 1) : same;
                });
            }
            Span span = new Span(m.start(), m.end());
            day.ifPresent(d -> out.add(new DateMention(span, span.of(text), d.toString(), Optional.empty())));
        }
        return out;
    }
}
