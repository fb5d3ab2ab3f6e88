package brief.text;

/**
 * Joins the end of one line to the start of the next with a space or without. Punctuation and script
 * decide the easy cases (a middle dot or closing bracket attaches; English words are spaced); where
 * Hangul meets a letter or digit the {@link WrapJudge} decides from the words on both sides.
 */
public final class WrapJoiner {

    private static final String ATTACH_RIGHT = ")]}›»’”,.:;!?·・‧~%";
    private static final String ATTACH_LEFT = "([{‹«‘“·・‧~/-";

    private final WrapJudge judge;
    /**
     * The document's text within lines, where its own spacing is not in doubt; "\n" between lines.
     * Indexed once per document: each wrap asks it twice, and a scan per wrap made a long document
     * cost the square of its length.
     */
    private final SubstringIndex inLine;

    public WrapJoiner(WrapJudge judge) {
        this(judge, SubstringIndex.of(""));
    }

    private WrapJoiner(WrapJudge judge, SubstringIndex inLine) {
        this.judge = judge;
        this.inLine = inLine;
    }

    /**
     * {@return a joiner that first asks the document itself} A document spells a word one way: when the
     * two pieces of a wrap occur elsewhere inside a line only joined ({@code 플랫폼을}) or only spaced,
     * that decides the wrap; otherwise the judge does.
     *
     * @param inLine the texts of the document's lines, separated by line breaks
     */
    public WrapJoiner withDocument(String inLine) {
        return new WrapJoiner(judge, SubstringIndex.of(inLine));
    }

    /** {@return the separator ("" or " ") to put between {@code left} and {@code right}} */
    public String separator(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return "";
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        if (Character.isWhitespace(a) || Character.isWhitespace(b)) {
            return "";
        }
        if (ATTACH_RIGHT.indexOf(b) >= 0 || ATTACH_LEFT.indexOf(a) >= 0) {
            return "";
        }
        if (b == '(' || b == '[') {
            return Character.isLetterOrDigit(a) ? "" : " "; // glosses attach: 폭스콘(Foxconn)
        }
        if (")]’”%％".indexOf(a) >= 0 && isHangul(b)) {
            // a particle attaches to a bracket or quote: (like-minded country)으로서의, ‘전략적 연합’의;
            // so does a word the bracket glosses, where the document writes it so: 전(全)주기; and a particle
            // to a percentage (39.4%로), where a noun after one stands apart (30% 증가)
            String a1 = lastWord(left);
            String b1 = firstWord(right);
            return fromDocument(a1, b1).orElseGet(() -> judge.oneWord(a1, b1)) ? "" : " ";
        }
        if (!Character.isLetterOrDigit(a) || !Character.isLetterOrDigit(b)) {
            return " "; // after a closing bracket or sentence punctuation, or before an opening quote
        }
        if (Character.isDigit(a) && isHangul(b)) {
            return ""; // a number takes its unit or counter without a space: 2027년, 1조, 30%
        }
        if (!isHangul(a) && !isHangul(b)) {
            return Character.isDigit(a) && Character.isDigit(b) ? "" : " ";
        }
        String a1 = lastWord(left);
        String b1 = firstWord(right);
        return fromDocument(a1, b1).orElseGet(() -> judge.oneWord(a1, b1)) ? "" : " ";
    }

    /**
     * {@return whether the document itself joins the two pieces, when it writes them inside its lines only
     * joined or only spaced} The first two letters of the right piece are looked for: the particle or
     * ending after them varies.
     */
    private java.util.Optional<Boolean> fromDocument(String a1, String b1) {
        String head = b1.substring(0, Math.min(2, b1.length()));
        boolean joined = inLine.contains(a1 + head);
        boolean spaced = inLine.contains(a1 + " " + head);
        return joined != spaced ? java.util.Optional.of(joined) : java.util.Optional.empty();
    }

    static boolean isHangul(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }
}
