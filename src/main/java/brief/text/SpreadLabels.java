package brief.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closes up a heading or label whose syllables are set apart to fill a width ({@code 요 약}, {@code 개 요},
 * {@code 사 업 명 :}, {@code 발 의 자 :}): Korean documents spread a short heading or a form's field name
 * over the width of the longest one, with spaces typed between its letters or with distributed
 * alignment. A fragment that is nothing but two to four single Hangul syllables, after an optional item
 * marker and before an optional colon, is such a spread word: running text is never a fragment of
 * one-syllable words only. Longer runs, or a run with a word of two syllables, are left as set.
 */
final class SpreadLabels {

    private static final Pattern SPREAD = Pattern.compile(
            "^([\uAC00-\uD7A3](?: +[\uAC00-\uD7A3]){1,3})(\\s*(?::.*)?)$", Pattern.DOTALL);

    private final ItemMarker markers = new ItemMarker();

    /** {@return {@code text} with a spread label at its start closed up; unchanged otherwise} */
    String closeUp(String text) {
        Optional<String> marker = markers.marker(text);
        int start = marker.map(String::length).orElse(0);
        Matcher m = SPREAD.matcher(text.substring(start));
        if (!m.matches()) {
            return text;
        }
        return text.substring(0, start) + m.group(1).replace(" ", "") + m.group(2);
    }
}
