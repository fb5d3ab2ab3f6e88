package brief.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The one reader of numbers as Korean writes them, shared by money, dates, process nodes and search.
 * A number is Arabic digits (thousands commas, decimals, fullwidth digits), Hangul numerals
 * ({@code 오만}, {@code 삼천이백사십오만}, {@code 일점오}), or both, grouped by the small units 십 백 천
 * (拾/十 百 千) and the myriad units 만 억 조 (万 億 兆) in any combination ({@code 1만2000},
 * {@code 2천300억}, {@code 4조1천2백34억}, {@code 1조 2,900억}, {@code 3.5조}), or digits with an English
 * scale word ({@code 1.5 billion}). A space may stand before or after a unit, as PDF producers put one
 * there; never between two runs of digits.
 *
 * <p>{@link #PATTERN} finds such numbers inside a longer pattern; {@link #read} checks and evaluates
 * one. The reading is strict, since a wrong sum is worse than none: within a myriad group the small
 * units descend and a trailing figure stays below the last of them ({@code 2천300}, not {@code 2천3000}),
 * each myriad group stays below the unit before it ({@code 1억 2000만}, not {@code 1억 2조}), 억 and 조 need a
 * figure before them ({@code 억} alone is not a number), 십 백 천 만 do not ({@code 만삼천} = 13,000).
 * Vague numerals ({@code 수천억}, {@code 몇백}) are not numbers.
 *
 * <p>One more style, from tables and budgets: a count of a unit, digits of ten or more followed by a
 * unit word ({@code 36,851백만} = 36,851 × 10^6, {@code 2,500천} = 2,500,000, {@code 12천만}); the
 * strict reading above would refuse the figure before 백 or 천, and this reading applies only when
 * nothing follows the unit word.
 */
public final class KoreanNumber {

    private static final String SP = "[ \\u00A0]?";
    private static final String D = "[0-9０-９]";
    /** Digits with optional thousands commas and a decimal part. */
    static final String DIGITS = "(?:" + D + "{1,3}(?:[,，]" + D + "{3})+(?:[.．]" + D + "+)?|" + D + "+(?:[.．]" + D + "+)?)";
    private static final String HANGUL_DIGIT = "[일이삼사오육칠팔구]";
    private static final String SMALL_UNIT = "[십백천拾十百千]";
    private static final String LARGE_UNIT = "[만억조万億兆]";
    private static final String SCALE = "(?i:trillion|billion|million|thousand)(?![A-Za-z])";
    /** One figure: digits, or one Hangul digit with perhaps a decimal part in Hangul (일점오). */
    private static final String FIGURE = "(?:" + DIGITS + "|" + HANGUL_DIGIT + "(?:[점쩜](?:" + HANGUL_DIGIT + "|영|공)+)?)";
    /** Below ten thousand: figures and small units ({@code 2천300}, {@code 삼천이백사십오}, {@code 1,500}). */
    private static final String SMALL = "(?:(?:" + FIGURE + "?" + SMALL_UNIT + SP + ")+" + FIGURE + "?|" + FIGURE + ")";
    private static final String GROUPS = "(?:" + SMALL + "?" + SP + LARGE_UNIT + ")(?:" + SP + SMALL + "?" + SP + LARGE_UNIT + ")*"
            + "(?:" + SP + SMALL + ")?";

    /**
     * A number in any of the styles above, for use inside other patterns; it starts at a digit not
     * preceded by a digit, or at a Hangul numeral not preceded by another Hangul syllable (so the
     * {@code 구} of {@code 인구} is no number). It does not check the grouping: {@link #read} does.
     */
    public static final String PATTERN = "(?:(?<![0-9０-９.,])(?=[0-9０-９])|(?<![가-힣])(?=[일이삼사오육칠팔구십백천만]))"
            + "(?:" + DIGITS + SP + SCALE + "|" + GROUPS + "|" + SMALL + ")";

    private static final Map<Character, Integer> HANGUL_DIGITS = Map.ofEntries(
            Map.entry('영', 0), Map.entry('공', 0), Map.entry('일', 1), Map.entry('이', 2), Map.entry('삼', 3),
            Map.entry('사', 4), Map.entry('오', 5), Map.entry('육', 6), Map.entry('칠', 7), Map.entry('팔', 8),
            Map.entry('구', 9));
    private static final Map<Character, BigDecimal> SMALL_UNITS = Map.of(
            '십', BigDecimal.TEN, '拾', BigDecimal.TEN, '十', BigDecimal.TEN,
            '백', BigDecimal.valueOf(100), '百', BigDecimal.valueOf(100),
            '천', BigDecimal.valueOf(1000), '千', BigDecimal.valueOf(1000));
    private static final Map<Character, BigDecimal> LARGE_UNITS = Map.of(
            '만', BigDecimal.TEN.pow(4), '万', BigDecimal.TEN.pow(4),
            '억', BigDecimal.TEN.pow(8), '億', BigDecimal.TEN.pow(8),
            '조', BigDecimal.TEN.pow(12), '兆', BigDecimal.TEN.pow(12));
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.TEN.pow(3), "million", BigDecimal.TEN.pow(6),
            "billion", BigDecimal.TEN.pow(9), "trillion", BigDecimal.TEN.pow(12));

    /** Digits, then a small unit and perhaps a myriad unit, and nothing more: {@code 36,851백만}. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(" + DIGITS + ")" + SP + "(" + SMALL_UNIT + ")" + SP + "(" + LARGE_UNIT + ")?");

    private static final java.util.regex.Pattern SPLIT_DIGITS =
            java.util.regex.Pattern.compile("[0-9０-９][ \\u00A0]+[0-9０-９]");

    private KoreanNumber() {
    }

    /**
     * {@return the value of {@code written}, e.g. {@code 1조 2,900억} → 1290000000000}
     *
     * @throws IllegalArgumentException naming {@code written} and the reason when it is not such a number
     */
    public static BigDecimal parse(String written) {
        Matcher counted = COUNTED.matcher(written.strip());
        if (counted.matches()) {
            BigDecimal count = new Reader(counted.group(1)).read();
            if (count.compareTo(BigDecimal.TEN) >= 0) {
                BigDecimal unit = SMALL_UNITS.get(counted.group(2).charAt(0));
                String large = counted.group(3);
                return count.multiply(large == null ? unit : unit.multiply(LARGE_UNITS.get(large.charAt(0))));
            }
        }
        return new Reader(written).read();
    }

    /** {@return the value of {@code written}, or empty when it is not a well-formed number} */
    public static Optional<BigDecimal> read(String written) {
        try {
            return Optional.of(parse(written));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@return the unit of the first group of {@code written}: {@code 3조} → 10^12, {@code 3천억} → 10^11,
     * {@code 600} → 1} In {@code 2~3조 엔} the {@code 2} borrows the unit of {@code 3조}: this gives that unit.
     */
    public static BigDecimal leadingUnit(String written) {
        String s = written.replaceAll("[\\s,，]", "");
        int i = 0;
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '．'
                || HANGUL_DIGITS.containsKey(s.charAt(i)))) {
            i++;
        }
        if (i == 0 && !s.isEmpty() && !SMALL_UNITS.containsKey(s.charAt(0)) && !LARGE_UNITS.containsKey(s.charAt(0))) {
            throw new IllegalArgumentException("not a number: '" + written + "'");
        }
        BigDecimal unit = BigDecimal.ONE;
        if (i < s.length() && SMALL_UNITS.containsKey(s.charAt(i))) {
            unit = SMALL_UNITS.get(s.charAt(i));
            i++;
        }
        if (i < s.length() && LARGE_UNITS.containsKey(s.charAt(i))) {
            return unit.multiply(LARGE_UNITS.get(s.charAt(i)));
        }
        String rest = s.substring(i).toLowerCase(Locale.ROOT);
        return SCALES.entrySet().stream().filter(e -> rest.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(unit);
    }

    /** {@return whether {@code written} is a figure alone, with no unit at all ({@code 2}, {@code 1,500})} */
    public static boolean isBare(String written) {
        return written.strip().matches(DIGITS);
    }

    /** {@return whether {@code written} holds no Arabic digit (오만, 백)} */
    public static boolean isHangul(String written) {
        return written.chars().noneMatch(c -> isDigit((char) c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** One left-to-right reading; the state is the running total, the open group and the pending figure. */
    private static final class Reader {
        private final String written;
        private final String s;
        private int at;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal group = BigDecimal.ZERO;
        private BigDecimal figure;
        private BigDecimal lastSmall;
        private BigDecimal lastLarge;
        private boolean any;

        Reader(String written) {
            this.written = written;
            StringBuilder b = new StringBuilder();
            for (char c : written.toCharArray()) {
                if (c >= '０' && c <= '９') {
                    b.append((char) (c - '０' + '0'));
                } else if (c == '．') {
                    b.append('.');
                } else if (c != ' ' && c != '\u00A0' && c != ',' && c != '，') {
                    b.append(c);
                }
            }
            this.s = b.toString();
        }

        BigDecimal read() {
            if (SPLIT_DIGITS.matcher(written).find()) {
                throw fail("a space between two runs of digits");
            }
            while (at < s.length()) {
                char c = s.charAt(at);
                if (isDigit(c)) {
                    setFigure(digits());
                } else if (HANGUL_DIGITS.containsKey(c)) {
                    setFigure(hangulFigure());
                } else if (SMALL_UNITS.containsKey(c)) {
                    small(SMALL_UNITS.get(c));
                    at++;
                } else if (LARGE_UNITS.containsKey(c)) {
                    large(LARGE_UNITS.get(c), c != '만' && c != '万');
                    at++;
                } else if (Character.isLetter(c) && c < 128) {
                    int from = at;
                    while (at < s.length() && Character.isLetter(s.charAt(at)) && s.charAt(at) < 128) {
                        at++;
                    }
                    BigDecimal scale = SCALES.get(s.substring(from, at).toLowerCase(Locale.ROOT));
                    if (scale == null || figure == null || any || group.signum() != 0) {
                        throw fail("'" + s.substring(from, at) + "' is not a scale word after a figure");
                    }
                    total = figure.multiply(scale);
                    figure = null;
                    lastLarge = scale;
                    any = true;
                } else {
                    throw fail("unexpected '" + c + "' at index " + at);
                }
            }
            if (figure != null) {
                if (lastSmall != null && figure.compareTo(lastSmall) >= 0) {
                    throw fail("a trailing " + figure.toPlainString() + " after a unit of " + lastSmall);
                }
                group = group.add(figure);
                any = true;
            }
            if (!any) {
                throw fail("no figure");
            }
            if (lastLarge != null && group.compareTo(lastLarge) >= 0) {
                throw fail("the last group is not below the unit before it");
            }
            return total.add(group);
        }

        private void setFigure(BigDecimal value) {
            if (figure != null) {
                throw fail("two figures in a row");
            }
            figure = value;
        }

        private BigDecimal digits() {
            int from = at;
            while (at < s.length() && (isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                at++;
            }
            try {
                return new BigDecimal(s.substring(from, at));
            } catch (NumberFormatException e) {
                throw fail("'" + s.substring(from, at) + "' is not a figure");
            }
        }

        private BigDecimal hangulFigure() {
            StringBuilder b = new StringBuilder().append(HANGUL_DIGITS.get(s.charAt(at++)));
            if (at + 1 < s.length() && (s.charAt(at) == '점' || s.charAt(at) == '쩜')
                    && HANGUL_DIGITS.containsKey(s.charAt(at + 1))) {
                b.append('.');
                at++;
                while (at < s.length() && HANGUL_DIGITS.containsKey(s.charAt(at))) {
                    b.append(HANGUL_DIGITS.get(s.charAt(at++)));
                }
            }
            return new BigDecimal(b.toString());
        }

        private void small(BigDecimal unit) {
            if (lastSmall != null && unit.compareTo(lastSmall) >= 0) {
                throw fail("small units do not descend");
            }
            BigDecimal f = figure == null ? BigDecimal.ONE : figure;
            if (f.compareTo(BigDecimal.TEN) >= 0) {
                throw fail(f.toPlainString() + " before a unit of " + unit);
            }
            group = group.add(f.multiply(unit));
            figure = null;
            lastSmall = unit;
            any = true;
        }

        private void large(BigDecimal unit, boolean needsFigure) {
            if (figure != null) {
                if (lastSmall != null && figure.compareTo(lastSmall) >= 0) {
                    throw fail("a trailing " + figure.toPlainString() + " after a unit of " + lastSmall);
                }
                group = group.add(figure);
                figure = null;
            }
            if (group.signum() == 0) {
                if (needsFigure || any) {
                    throw fail("no figure before " + unit.toPlainString());
                }
                group = BigDecimal.ONE; // 만삼천: 만 alone is ten thousand
            }
            if (lastLarge != null && (unit.compareTo(lastLarge) >= 0 || group.multiply(unit).compareTo(lastLarge) >= 0)) {
                throw fail("units do not descend");
            }
            total = total.add(group.multiply(unit));
            group = BigDecimal.ZERO;
            lastSmall = null;
            lastLarge = unit;
            any = true;
        }

        private IllegalArgumentException fail(String reason) {
            return new IllegalArgumentException("not a number: '" + written + "' (" + reason + ")");
        }
    }
}
