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

    public WrapJoiner(WrapJudge judge) {
        this.judge = judge;
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
        if (")]’”".indexOf(a) >= 0 && isHangul(b)) {
            // a particle attaches to a bracket or quote: (like-minded country)으로서의, ‘전략적 연합’의
            return judge.oneWord(lastWord(left), firstWord(right)) ? "" : " ";
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
        return judge.oneWord(lastWord(left), firstWord(right)) ? "" : " ";
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
