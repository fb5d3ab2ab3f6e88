package brief.cli;

import brief.BadInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks a {@code --published} value: YYYY, YYYY-MM or YYYY-MM-DD, a real date. */
final class Dates {

    private Dates() {
    }

    static String check(String value) {
        String probe = switch (value.length()) {
            case 4 -> value + "-01-01";
            case 7 -> value + "-01";
            default -> value;
        };
        try {
            LocalDate.parse(probe);
            return value;
        } catch (DateTimeParseException e) {
            throw new brief.BadOptionException("--published " + value, "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", e);
        }
    }
}
