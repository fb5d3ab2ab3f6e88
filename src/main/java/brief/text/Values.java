package brief.text;

import java.util.regex.Pattern;

/**
 * Lines that hold nothing but a value: a number (signed, with thousands separators or a decimal
 * point, a percent sign, a bracketed figure after it as in {@code 230,556[218,062]}), the same in
 * parentheses (a change rate under its figure, {@code (147.8)}, {@code (△51.2)}; Korean tables mark a
 * fall with {@code △} or {@code ▽}) or the dash of an empty cell. Two such lines one under the other are a column of values — the rows of a table
 * cell, figures whose labels are drawn as graphics — never one number or sentence wrapped, so they
 * are kept apart: as paragraphs ({@link BlockBuilder}) and with a space inside a cell
 * ({@link TextAssembler}).
 */
final class Values {

    private static final String SIGN = "[-–−+△▲▽▼]";
    private static final Pattern VALUE = Pattern.compile(SIGN + "?[\\d.,]*%?(?:\\[[-–−+]?[\\d.,]+%?\\])?"
            + "|\\(" + SIGN + "?\\d[\\d.,]*%?\\)");

    private Values() {
    }

    /** {@return whether the line's text is one value and nothing else} */
    static boolean isValue(String line) {
        String s = line.strip();
        return !s.isEmpty() && VALUE.matcher(s).matches();
    }

    /** {@return whether two lines, one under the other, are both values} */
    static boolean column(String upper, String lower) {
        return isValue(upper) && isValue(lower);
    }
}
