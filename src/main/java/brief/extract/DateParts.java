package brief.extract;

import brief.text.Span;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The pieces of a date as {@link DateExtractor} reads them: a year, perhaps a month, perhaps a day,
 * perhaps a qualifier. {@code month} and {@code day} are 0 when absent.
 */
record DateParts(int year, int month, int day, Optional<Qualifier> qualifier) {

    /** Years outside this window are page numbers, quantities or codes, not dates in a brief. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** {@return the year with the part or kind of it a qualifier names (3분기, 하반기, 1970년대), or empty out of range} */
    static Optional<DateParts> ofYear(int year, Qualifier qualifier) {
        return of(year, null, null, null).map(p -> new DateParts(p.year(), 0, 0, Optional.of(qualifier)));
    }

    /**
     * {@return the date, or empty when the parts are not a calendar date (13월, 2월 30일)}
     *
     * @param month digits or {@code null}; {@code day} likewise
     * @param monthPart 초/초순/상순, 중순, 말/하순 after a month, or {@code null}
     */
    static Optional<DateParts> of(int year, String month, String day, String monthPart) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        if (month == null) {
            return Optional.of(new DateParts(year, 0, 0, Optional.empty()));
        }
        int mm = Integer.parseInt(month);
        int dd = day == null ? 0 : Integer.parseInt(day);
        if (mm < 1 || mm > 12 || (day != null && !YearMonth.of(year, mm).isValidDay(dd))) {
            return Optional.empty();
        }
        Optional<Qualifier> q = Optional.ofNullable(monthPart).map(p -> switch (p) {
            case "초", "초순", "상순" -> Qualifier.START;
            case "중순" -> Qualifier.MID;
            default -> Qualifier.END; // 말, 하순
        });
        return Optional.of(new DateParts(year, mm, dd, q));
    }

    /** {@return the date a year and the tail after it (groups q, h, yp, m, d, mp) name} */
    static Optional<DateParts> ofTail(int year, Matcher m) {
        if (m.group("m") != null) {
            return of(year, m.group("m"), m.group("d"), m.group("mp"));
        }
        Qualifier q = null;
        if (m.group("q") != null) {
            q = Qualifier.valueOf("Q" + m.group("q"));
        } else if (m.group("h") != null) {
            q = m.group("h").equals("상") ? Qualifier.H1 : Qualifier.H2;
        } else if (m.group("yp") != null) {
            q = switch (m.group("yp")) {
                case "초", "초반" -> Qualifier.START;
                case "중반" -> Qualifier.MID;
                default -> Qualifier.END; // 말, 후반
            };
        }
        Optional<Qualifier> qualifier = Optional.ofNullable(q);
        return of(year, null, null, null).map(p -> new DateParts(p.year(), 0, 0, qualifier));
    }

    /** {@return the ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD} */
    String iso() {
        String y = String.format("%04d", year);
        if (month == 0) {
            return y;
        }
        return day == 0 ? String.format("%s-%02d", y, month) : String.format("%s-%02d-%02d", y, month, day);
    }

    DateMention mention(Matcher m, String text) {
        return mention(new Span(m.start(), m.end()), text);
    }

    DateMention mention(Span span, String text) {
        return new DateMention(span, span.of(text), iso(), qualifier);
    }
}
