package brief.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic parser's error as one readable line: where the query stops making sense and the likely
 * cause, instead of its token dump ({@code Lexical error at line 1, column 9. Encountered: <EOF> after
 * prefix "/\ubd80\ud488"}).
 */
final class QuerySyntaxError {

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private QuerySyntaxError() {
    }

    static String explain(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher column = COLUMN.matcher(message);
        String where = column.find() ? " at character " + column.group(1) : "";
        String cause = message.contains("<EOF>")
                ? "it ends inside a quote, a bracket or a /regular expression/, or after an operator"
                : "an operator or bracket out of place";
        return "not valid query syntax" + where + " (" + cause + "); without --syntax the words are searched as text";
    }
}
