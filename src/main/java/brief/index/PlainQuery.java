package brief.index;

import java.util.regex.Pattern;

/**
 * What a user types, read as text: the input of the classic parser with no syntax left but double
 * quotes around a phrase. Every other character the parser would read as an operator ({@code / : [ ]
 * ( ) - + ! ^ ~ * ? \ { } & |}) is punctuation between words, so {@code 소재/부품} is the two words
 * {@code 소재 부품}, {@code TSMC-소니} is {@code TSMC 소니} and {@code [2024]} is {@code 2024}; an unpaired
 * quote is dropped; the operator words {@code AND OR NOT} are words. Query syntax stays available
 * behind {@code --syntax}.
 */
final class PlainQuery {

    private static final Pattern OPERATOR_CHARS = Pattern.compile("[\\\\/:\\[\\](){}\\-+!^~*?&|]");
    private static final Pattern OPERATOR_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}])(AND|OR|NOT)(?![\\p{L}\\p{N}])");

    private PlainQuery() {
    }

    /** {@return {@code text} as parser input that means its words (and quoted phrases) only} */
    static String of(String text) {
        String s = OPERATOR_CHARS.matcher(text).replaceAll(" ");
        long quotes = s.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            int last = s.lastIndexOf('"');
            s = s.substring(0, last) + " " + s.substring(last + 1);
        }
        s = OPERATOR_WORDS.matcher(s).replaceAll(m -> m.group(1).toLowerCase(java.util.Locale.ROOT));
        return s.replaceAll("\"\\s*\"", " ").strip();
    }
}
