package brief.extract;

import brief.text.CleanText;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a brief states about itself: a date standing in its page furniture (a running
 * header such as {@code Global Brief | 2025. 5. 15.}), or on a line of its title block: nearly alone
 * ({@code 발행일: 2025. 5. 15.}), or closing a masthead or kicker line among its names and volume and issue
 * marks ({@code Global Brief Vol.12 · 2024년 5월}, {@code AI 동향 2022년 8월호}, {@code 통권 제45호 2021. 7.}).
 * Dates inside running text are events, not the publication, and are not looked at: a title-block line
 * that reads as a sentence (it ends in {@code 다}) or where a particle follows the date
 * ({@code 2024년 5월부터}) is no masthead. A press release's header line counts too, by its labels
 * ({@code 보도시점 2024. 6. 21.(금) 11:00 배포 2024. 6. 21.(금) 09:00}: the first date).
 */
public final class PublicationDate {

    /** Where a document's publication date came from, as {@code document.published_from} spells it. */
    public enum Source {
        /** {@code --published} on the command line */
        OPTION,
        /** the brief's own masthead, kicker, cover or running header */
        TEXT,
        /** the PDF's creation date */
        METADATA;

        /** {@return the spelling in the facts: option, text or metadata} */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A publication date (ISO partial) and where it came from. */
    public record Choice(String date, Source from) {
    }

    private static final Pattern DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[.\\-/]\\s*(\\d{1,2})\\s*[.\\-/]\\s*(\\d{1,2})(?!\\d)\\.?");
    private static final Pattern KOREAN = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*년\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?");
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[.\\-/]\\s*(\\d{1,2})(?![\\d,])\\.?");
    /** A title-block line is a date line when little else stands on it ({@code 발행일: 2025. 5. 15.}). */
    private static final int DATE_LINE_REST = 12;
    /** A masthead is a line, not a paragraph. */
    private static final int MASTHEAD_LENGTH = 80;
    private static final int TITLE_BLOCK_LINES = 6;
    /**
     * After a masthead's date: perhaps an issue mark (호, 발행, 발간) and a closing bracket, then the line's
     * end or a separator before the next field ({@code 2023년 11월 | 제302호}). A date followed by more
     * words ({@code (2022.01) G06F 16/53}, a patent class) is not the masthead's.
     */
    private static final Pattern MASTHEAD_AFTER = Pattern.compile(
            "\\s*(?:호|판|발행|발간|刊)?\\s*[)\\]】〕]?\\s*(?:$|[|·•/]\\s|\\s{2,})");
    /** A masthead holds few other figures (a volume, an issue); a line of codes or figures is no masthead. */
    private static final Pattern FIGURES = Pattern.compile("\\d+");
    private static final int MASTHEAD_FIGURES = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("[다요]\\s*[.。]?\\s*$");
    /**
     * The label of a release line: a press release's header gives the time it may be reported and the
     * time it was handed out ({@code 보도시점 2024. 6. 21.(금) 11:00 배포 2024. 6. 21.(금) 09:00}), other
     * papers the day they were issued, written or posted.
     */
    private static final Pattern RELEASE_LABEL = Pattern.compile("보도\\s*(?:시점|일시|일자|일)?|배포\\s*(?:일시|일자|일)?"
            + "|발행\\s*(?:일자|일)|발간\\s*(?:일자|일)|작성\\s*(?:일자|일)|게재\\s*(?:일자|일)");
    /** What a release line holds besides its labels and dates: a weekday, a time of day, separators. */
    private static final Pattern RELEASE_EXTRA = Pattern.compile("\\(\\s*[월화수목금토일]\\s*\\)|\\d{1,2}\\s*:\\s*\\d{2}|[:：|/~∼-]");
    /** Characters a release line may hold besides its labels, dates, weekdays and times ({@code 즉시}, {@code 이후}). */
    private static final int RELEASE_REST = 6;

    private PublicationDate() {
    }

    /**
     * {@return the date given on the command line, else the brief's own, else the PDF's metadata, with
     * where it came from}
     */
    public static Optional<Choice> choose(Optional<String> option, CleanText text, Supplier<Optional<String>> metadata) {
        if (option.isPresent()) {
            return Optional.of(new Choice(option.get(), Source.OPTION));
        }
        return find(text).map(d -> new Choice(d, Source.TEXT))
                .or(() -> metadata.get().map(d -> new Choice(d, Source.METADATA)));
    }

    /**
     * {@return the first date of the furniture, else of a date or masthead line of the title block (the
     * first six lines of page 1 that are not blank), as an ISO partial date}
     */
    public static Optional<String> find(CleanText text) {
        for (String line : text.furniture()) {
            Optional<String> date = parse(line, Integer.MAX_VALUE);
            if (date.isPresent()) {
                return date;
            }
        }
        return text.pageText(1).lines().map(String::strip).filter(l -> !l.isEmpty()).limit(TITLE_BLOCK_LINES)
                .map(l -> parse(l, DATE_LINE_REST).or(() -> masthead(l)).or(() -> release(l)))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * {@return the first date of a release line ({@code 보도시점 2024. 6. 21.(금) 11:00 배포 …}), if the line is
     * one} It opens with a release label and holds little but labels, dates, weekdays and times; a line
     * of running text that mentions a release ({@code 보도자료를 2024. 6. 21. 배포하였다}) is none.
     */
    static Optional<String> release(String line) {
        Matcher label = RELEASE_LABEL.matcher(line);
        if (!label.lookingAt() || SENTENCE_END.matcher(line).find()) {
            return Optional.empty();
        }
        String rest = RELEASE_EXTRA.matcher(label.replaceAll(" ")).replaceAll(" ");
        for (Pattern p : List.of(DAY, KOREAN, MONTH)) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest.replaceAll("\\s+", "").length() <= RELEASE_REST ? first(line, m -> true) : Optional.empty();
    }

    /**
     * {@return the first well-formed date in {@code line}: YYYY-MM-DD when it names a day, else YYYY-MM}
     *
     * @param rest how many characters besides the date the line may hold
     */
    static Optional<String> parse(String line, int rest) {
        return first(line, m -> line.length() - (m.end() - m.start()) <= rest);
    }

    /** {@return the date closing a masthead line ({@code AI 동향 2022년 8월호}), if the line is one} */
    static Optional<String> masthead(String line) {
        if (line.length() > MASTHEAD_LENGTH || SENTENCE_END.matcher(line).find()) {
            return Optional.empty();
        }
        return first(line, m -> MASTHEAD_AFTER.matcher(line).region(m.end(), line.length()).lookingAt()
                && FIGURES.matcher(line.substring(0, m.start()) + " " + line.substring(m.end())).results().count()
                <= MASTHEAD_FIGURES);
    }

    private static Optional<String> first(String line, java.util.function.Predicate<Matcher> accept) {
        for (Pattern p : List.of(DAY, KOREAN, MONTH)) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                int month = Integer.parseInt(m.group(2));
                String day = m.groupCount() >= 3 ? m.group(3) : null;
                if (month < 1 || month > 12 || day != null && (Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31)
                        || !accept.test(m)) {
                    continue;
                }
                String ym = m.group(1) + "-" + String.format("%02d", month);
                return Optional.of(day == null ? ym : ym + "-" + String.format("%02d", Integer.parseInt(day)));
            }
        }
        return Optional.empty();
    }
}
