package brief.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date relative dates are read against: the publication date, as precise as it is known.
 * {@code month} and {@code day} are 0 when unknown.
 */
record DateReference(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * {@return the reference an ISO partial date names}
     *
     * @throws IllegalArgumentException when {@code iso} is not YYYY, YYYY-MM or YYYY-MM-DD, or no calendar date
     */
    static DateReference parse(String iso) {
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            throw new IllegalArgumentException("published date '" + iso + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (mo > 12 || m.group(2) != null && mo < 1 || d > 0 && !YearMonth.of(y, mo).isValidDay(d)
                || m.group(3) != null && d < 1) {
            throw new IllegalArgumentException("published date '" + iso + "' is not a calendar date");
        }
        return new DateReference(y, mo, d);
    }

    /** {@return the day, when the reference names one} */
    Optional<LocalDate> date() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** {@return the month, when the reference names one} */
    Optional<YearMonth> yearMonth() {
        return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
    }
}
