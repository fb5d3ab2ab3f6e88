package brief.extract;

/**
 * Regex fragments for where a Korean word may end. Korean writes particles and some suffixes
 * straight after a noun ({@code 2조엔을}, {@code 100억원대}, {@code 지난해말까지}), so "followed by
 * a non-Hangul character" is too strict, and "followed by anything" lets {@code 원} match inside
 * {@code 원칙}, {@code 엔} inside {@code 엔진}, {@code 말} inside {@code 말레이시아}.
 */
final class KoreanWords {

    /**
     * Syllables that may follow a noun without forming a new word: case particles, 도/만/까지/부터,
     * and the suffixes briefs put after amounts and dates (씩, 대, 규모, 가량, 짜리, 중, 경, 께, ...).
     * Multi-syllable entries starting with a listed syllable (이상, 에서) need no entry of their own.
     */
    private static final String FOLLOWERS =
            "을|를|이|가|은|는|의|에|와|과|도|만|씩|대|로|으로|까지|부터|보다|처럼|마다|미만|가량|정도"
            + "|안팎|내외|규모|수준|어치|짜리|선|쯤|께|경|여|중|내|및|등";

    /** Zero-width: the word ends here (no Hangul follows) or a particle/suffix follows. */
    static final String WORD_END = "(?:(?![가-힣])|(?=(?:" + FOLLOWERS + ")))";

    /** Zero-width: no Hangul syllable precedes, so a word starts here ({@code 약} but not {@code 계약}). */
    static final String WORD_START = "(?<![가-힣])";

    private KoreanWords() {
    }
}
