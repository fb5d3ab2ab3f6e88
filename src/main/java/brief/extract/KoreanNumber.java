package brief.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as briefs write them: Arabic digits (with thousands commas and decimals) grouped by Korean
 * or Japanese myriad units ({@code 1조 2,900억}, {@code 3.5조}, {@code 5천억}, {@code 500億}), or by
 * English scale words ({@code 1.5 billion}). Spaces between digits and units are ignored, since PDF
 * producers insert them ({@code 1 조 2,900 억}). Numbers spelled in Hangul ({@code 수천억}, {@code 삼조})
 * are not numbers here.
 */
public final class KoreanNumber {

    /** Digits with optional thousands commas and decimals. Shared with the extractors' patterns. */
    static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

    private static final Map<String, BigDecimal> SMALL = Map.of(
            "천", BigDecimal.valueOf(1_000), "千", BigDecimal.valueOf(1_000),
            "백", BigDecimal.valueOf(100), "百", BigDecimal.valueOf(100));

    private static final Map<String, BigDecimal> LARGE = Map.of(
            "조", BigDecimal.TEN.pow(12), "兆", BigDecimal.TEN.pow(12), "trillion", BigDecimal.TEN.pow(12),
            "억", BigDecimal.TEN.pow(8), "億", BigDecimal.TEN.pow(8), "billion", BigDecimal.TEN.pow(9),
            "만", BigDecimal.TEN.pow(4), "万", BigDecimal.TEN.pow(4), "million", BigDecimal.TEN.pow(6),
            "thousand", BigDecimal.TEN.pow(3));

    /** One group: digits, an optional 천/백 and an optional large unit. */
    private static final Pattern GROUP = Pattern.compile("\\s*(" + DIGITS + ")\\s*([천백千百])?\\s*"
            + "([조억만兆億万]|(?i:trillion|billion|million|thousand))?\\s*");

    private KoreanNumber() {
    }

    /**
     * {@return the value of {@code written}, e.g. {@code 1조 2,900억} → 1290000000000}
     *
     * @throws IllegalArgumentException when {@code written} is not such a number, or its large units
     *     do not descend ({@code 1억 2조})
     */
    public static BigDecimal parse(String written) {
        Matcher m = GROUP.matcher(written);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal previousUnit = null;
        int at = 0;
        while (at < written.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                throw new IllegalArgumentException("not a number: '" + written + "' (stuck at index " + at + ")");
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
            if (m.group(2) != null) {
                value = value.multiply(SMALL.get(m.group(2)));
            }
            BigDecimal unit = m.group(3) == null ? BigDecimal.ONE : LARGE.get(m.group(3).toLowerCase(Locale.ROOT));
            if (previousUnit != null && unit.compareTo(previousUnit) >= 0) {
                throw new IllegalArgumentException("units do not descend in '" + written + "'");
            }
            total = total.add(value.multiply(unit));
            previousUnit = unit;
            at = m.end();
        }
        if (previousUnit == null) {
            throw new IllegalArgumentException("not a number: '" + written + "'");
        }
        return total;
    }

    /**
     * {@return the large unit (조, 억, billion, ...) of the first group of {@code written}, or one}
     * In {@code 2~3조 엔} the {@code 2} borrows the unit of {@code 3조}: this gives that unit.
     */
    public static BigDecimal leadingUnit(String written) {
        Matcher m = GROUP.matcher(written);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("not a number: '" + written + "'");
        }
        BigDecimal unit = m.group(3) == null ? BigDecimal.ONE : LARGE.get(m.group(3).toLowerCase(Locale.ROOT));
        return m.group(2) == null ? unit : unit.multiply(SMALL.get(m.group(2)));
    }

    /** {@return whether {@code written} is bare digits, with no unit at all} */
    public static boolean isBare(String written) {
        return written.strip().matches(DIGITS);
    }
}
