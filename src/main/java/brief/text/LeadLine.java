package brief.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The title of a text that has no type sizes to tell it by (plain text, a word-processor file, a PDF
 * whose first page sets nothing larger than its body): its first line, passing over the lines that
 * only say what kind of paper it is ({@code 보도자료}, {@code 참고자료}, {@code Press Release}) or give
 * its particulars ({@code 보도일시: 2024. 5. 20.(월)}, {@code 담당부서: …}, {@code 발간등록번호 …}), which
 * head press releases and government reports above their title.
 */
public final class LeadLine {

    /** Longest title kept; a longer first line is cut. */
    static final int MAX_LENGTH = 200;
    /** How many lines are looked at before the first line is taken after all. */
    private static final int LOOK = 12;

    /** A line that is only the kind of paper, in brackets or not. */
    private static final Pattern KIND = Pattern.compile("[<\\[(【「『]?\\s*(?:보\\s?도\\s?자\\s?료|보도\\s?참고\\s?자료|참고\\s?자료"
            + "|설명\\s?자료|해명\\s?자료|보도\\s?해명\\s?자료|(?i:press\\s+release)|報道資料)\\s*[>\\])】」』]?");
    /** A line of particulars: a label of the release, its office or its date, a colon, then what it says. */
    private static final Pattern PARTICULARS = Pattern.compile("(?:(?:보도|배포|담당|문의|작성|보도\\s?일시|배포\\s?일시|보도\\s?시점"
            + "|배포\\s?시점|담당\\s?부서|담당자|발행일|발간일|작성일|게재일)\\s*[:：].*"
            + "|(?:보도\\s?일시|배포\\s?일시|보도\\s?시점|배포\\s?시점|발행일|발간일|작성일|게재일)\\s+\\d.*"
            + "|(?:발간\\s?등록\\s?번호|등록\\s?번호)\\s*[:：]?\\s*[0-9A-Z][0-9A-Z\\- ]*)");

    private LeadLine() {
    }

    /** {@return the title line of {@code text}: its first line that is neither a kind of paper nor its particulars} */
    public static String of(String text) {
        Optional<String> first = Optional.empty();
        int seen = 0;
        for (String raw : (Iterable<String>) text.strip().lines()::iterator) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (first.isEmpty()) {
                first = Optional.of(line);
            }
            if (!KIND.matcher(line).matches() && !PARTICULARS.matcher(line).matches() && line.chars().anyMatch(Character::isLetter)) {
                return cut(line);
            }
            if (++seen >= LOOK) {
                break;
            }
        }
        return cut(first.orElse(""));
    }

    private static String cut(String line) {
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH);
    }
}
