package brief.extract;

import brief.text.CleanText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a brief states about itself: a date standing in its page furniture (a running
 * header such as {@code Global Brief | 2025. 5. 15.}) or nearly alone on a line of the title block.
 * Dates inside running text are events, not the publication, and are not looked at.
 */
public final class PublicationDate {

    private static final Pattern DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[.\\-/]\\s*(\\d{1,2})\\s*[.\\-/]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern KOREAN = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*년\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?");
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[.\\-/]\\s*(\\d{1,2})(?![\\d,])");
    /** A title-block line is a date line when little else stands on it ({@code 발행일: 2025. 5. 15.}). */
    private static final int DATE_LINE_REST = 12;
    private static final int TITLE_BLOCK_LINES = 6;

    private PublicationDate() {
    }

    /** {@return the first date of the furniture, else of a short title-block line, as an ISO partial date} */
    public static Optional<String> find(CleanText text) {
        for (String line : text.furniture()) {
            Optional<String> date = parse(line, Integer.MAX_VALUE);
            if (date.isPresent()) {
                return date;
            }
        }
        return text.pageText(1).lines().limit(TITLE_BLOCK_LINES)
                .map(l -> parse(l.strip(), DATE_LINE_REST)).flatMap(Optional::stream).findFirst();
    }

    /**
     * {@return the first well-formed date in {@code line}: YYYY-MM-DD when it names a day, else YYYY-MM}
     *
     * @param rest how many characters besides the date the line may hold
     */
    static Optional<String> parse(String line, int rest) {
        for (Pattern p : List.of(DAY, KOREAN, MONTH)) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                int month = Integer.parseInt(m.group(2));
                String day = m.groupCount() >= 3 ? m.group(3) : null;
                if (month < 1 || month > 12 || day != null && (Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31)
                        || line.length() - (m.end() - m.start()) > rest) {
                    continue;
                }
                String ym = m.group(1) + "-" + String.format("%02d", month);
                return Optional.of(day == null ? ym : ym + "-" + String.format("%02d", Integer.parseInt(day)));
            }
        }
        return Optional.empty();
    }
}
