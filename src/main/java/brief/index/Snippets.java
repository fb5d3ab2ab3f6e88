package brief.index;

/** Cutting text for display without cutting a word (and so never inside a Hangul syllable or a surrogate pair). */
final class Snippets {

    private Snippets() {
    }

    /** {@return at most about {@code length} characters of {@code text}, cut at white space, with " …" when cut} */
    static String head(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length);
        int newline = text.lastIndexOf('\n', length);
        cut = Math.max(cut, newline);
        if (cut <= 0) {
            cut = text.offsetByCodePoints(0, Math.min(length, text.codePointCount(0, text.length())));
        }
        return text.substring(0, cut).strip() + " …";
    }
}
