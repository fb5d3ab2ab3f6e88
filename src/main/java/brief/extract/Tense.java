package brief.extract;

/**
 * Whether the rest of a sentence is in the past tense. Korean marks the past with a syllable whose final
 * consonant is ㅆ ({@code 했}, {@code 었}, {@code 였}, {@code 됐}, {@code 갔}); of such syllables, {@code 있}
 * (to be) and {@code 겠} (shall) are not past. Used to tell which way a bare weekday or day points.
 */
final class Tense {

    /** Index of ㅆ among the 28 final consonants of a precomposed Hangul syllable. */
    private static final int FINAL_SSANG_SIOT = 20;

    /** How far to look for the verb: a sentence's rest is rarely longer, and the scan stays linear. */
    private static final int SENTENCE_REST = 200;

    private Tense() {
    }

    /** {@return whether the text from {@code from} to the end of its sentence holds a past-tense syllable} */
    static boolean isPast(String text, int from) {
        int end = Math.min(text.length(), from + SENTENCE_REST);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '?' || c == '!' || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return false;
            }
            if (c >= '가' && c <= '힣' && (c - '가') % 28 == FINAL_SSANG_SIOT && c != '있' && c != '겠') {
                return true;
            }
        }
        return false;
    }
}
