package brief.text;

import brief.pdf.RawDocument;
import brief.pdf.RawPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document's title. The metadata title when it is one, else the first page's largest type, merged
 * across the lines it wraps over, each wrap judged as the body's are (a word split across two lines is
 * joined: {@code 지원에 관} / {@code 한 특별법}). Producers fill the metadata title with whatever they have: a file
 * name ({@code Microsoft Word - x.docx}), the application's empty-document name
 * ({@code PowerPoint 프레젠테이션}), a series number ({@code 22-4호}). Each is told by a general test,
 * not a list: a file extension, a word of the program that wrote the file (its Creator or Producer),
 * too few letters to name anything.
 */
public final class TitleFinder {

    /** A title has at least this many letters (Hangul syllables, Latin or other letters). */
    static final int MIN_LETTERS = 4;
    /** Lines within this many points of the largest size on the page count as its largest type. */
    static final float SAME_SIZE = 0.5f;
    /** Lines of one title lie at most this many em apart (baseline to top). */
    static final float TITLE_LEADING = 1.0f;
    /** A title is at most this long; longer, the largest type is a body set large. */
    static final int MAX_LENGTH = 200;

    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i).*\\.(docx?|hwpx?|pdf|pptx?|xlsx?|odt|txt|rtf|indd|ai)\\s*$|.*[\\\\/].*");

    private final LineBuilder lines = new LineBuilder();
    private final WrapJoiner joiner;

    /** A finder that puts a space between the lines of a title. */
    public TitleFinder() {
        this((left, right) -> false);
    }

    /** @param judge decides whether a title wrapped across lines split a word ({@code 관} / {@code 한 특별법}) */
    public TitleFinder(WrapJudge judge) {
        this.joiner = new WrapJoiner(judge);
    }

    /** {@return the title of {@code doc}, or empty when neither the metadata nor the first page has one} */
    public Optional<String> title(RawDocument doc) {
        return doc.title().filter(t -> isRealTitle(t, doc.tools())).map(t -> t.replaceAll("\\s+", " ").strip())
                .or(() -> doc.pages().isEmpty() ? Optional.empty() : largestType(doc.pages().get(0)));
    }

    /** {@return whether a metadata title names the document, not its file, its program or its series number} */
    static boolean isRealTitle(String title, List<String> tools) {
        String t = title.strip();
        if (FILE_NAME.matcher(t).matches()) {
            return false;
        }
        long letters = t.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS || letters * 2 < t.codePoints().filter(c -> !Character.isWhitespace(c)).count()) {
            return false;
        }
        for (String word : words(t)) {
            for (String tool : tools) {
                if (word.length() >= 3 && words(tool).contains(word)) {
                    return false; // "PowerPoint 프레젠테이션" from PowerPoint, "Microsoft Word - 보고서" from Word
                }
            }
        }
        return true;
    }

    /** {@return the fragments of a line set in the largest type (a cell beside a title is not the title)} */
    private static String largeText(Line line, float largest) {
        return String.join(" ", line.fragments().stream().filter(f -> f.fontSize() >= largest - SAME_SIZE)
                .map(Fragment::text).toList());
    }

    /** {@return the size most of the page's letters are set in} */
    private static float mostCommonSize(List<Line> lines) {
        java.util.Map<Integer, Integer> letters = new java.util.HashMap<>();
        for (Line l : lines) {
            for (Fragment f : l.fragments()) {
                letters.merge(Math.round(f.fontSize() * 2), f.text().length(), Integer::sum);
            }
        }
        return letters.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey() / 2f;
    }

    /**
     * {@return a letter-spaced title closed up} Titles are spread over their width a letter at a time
     * ({@code 제 안 요 청 서}): three or more one-letter words in a row are one word.
     */
    static String closeUp(String title) {
        return LETTER_SPACED.matcher(title).replaceAll(m -> m.group().replace(" ", ""));
    }

    private static final Pattern LETTER_SPACED = Pattern.compile("(?<!\\S)\\p{L}( \\p{L}){2,}(?!\\S)");

    private static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    /** {@return the first page's largest type: the top-most run of lines set in it, joined} */
    Optional<String> largestType(RawPage page) {
        List<Line> found = new ArrayList<>(lines.lines(page).stream()
                .filter(l -> l.text().codePoints().filter(Character::isLetter).count() >= 2).toList());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        float largest = (float) found.stream().mapToDouble(Line::fontSize).max().orElseThrow();
        if (largest <= mostCommonSize(found) + SAME_SIZE) {
            return Optional.empty(); // nothing set larger than the page's own text: no title type
        }
        found.sort(Comparator.comparingDouble(Line::top));
        List<String> parts = new ArrayList<>();
        Line prev = null;
        for (Line l : found) {
            boolean large = l.fontSize() >= largest - SAME_SIZE;
            if (prev == null) {
                if (large) {
                    parts.add(largeText(l, largest));
                    prev = l;
                }
            } else if (large && l.top() - prev.bottom() <= TITLE_LEADING * largest) {
                parts.add(largeText(l, largest));
                prev = l;
            } else {
                break;
            }
        }
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String p = part.strip();
            joined.append(joined.isEmpty() ? "" : joiner.separator(joined.toString(), p)).append(p);
        }
        String title = closeUp(Characters.normalize(joined.toString()).replaceAll("\\s+", " ").strip());
        return title.isEmpty() || title.length() > MAX_LENGTH ? Optional.empty() : Optional.of(title);
    }
}
