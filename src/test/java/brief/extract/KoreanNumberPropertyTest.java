package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Writes random values in every style Korean uses (digits with or without commas, fullwidth digits,
 * digits mixed with 조 억 만 천 백 십 in any combination, Hangul numerals, spaces around units, decimals
 * before a unit) and reads them back: the value must come back, the shared pattern must take the whole
 * string, and the money extractor must read it before {@code 원}.
 */
class KoreanNumberPropertyTest {

    private static final long[] LARGE = {1_000_000_000_000L, 100_000_000L, 10_000L, 1L};
    private static final String[] LARGE_NAMES = {"조", "억", "만", ""};
    private static final String HANGUL = "영일이삼사오육칠팔구";
    private static final Pattern WHOLE = Pattern.compile(KoreanNumber.PATTERN);
    private static final int CASES = 3000;

    private final Random random = new Random(20240502L);

    @Test
    void randomValuesInEveryStyleReadBack() {
        AmountExtractor money = new AmountExtractor();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long value = randomValue();
            String written = write(value);
            BigDecimal read = KoreanNumber.read(written).orElse(BigDecimal.valueOf(-1));
            if (read.compareTo(BigDecimal.valueOf(value)) != 0) {
                failures.add(written + " → " + read.toPlainString() + ", expected " + value);
                continue;
            }
            if (!WHOLE.matcher(written).matches()) {
                failures.add(written + ": the pattern does not take it whole");
                continue;
            }
            if (written.length() == 1 && "일이삼사오육칠팔구".contains(written)) {
                continue; // 사원, 구원: a single Hangul digit before 원 is a word, not money (by design)
            }
            String sentence = "예산은 " + written + "원이다.";
            List<AmountMention> found = money.extract(Texts.analyzed(sentence));
            if (found.size() != 1 || found.get(0).value() != value || !found.get(0).text().equals(written + "원")) {
                failures.add(sentence + " → " + found);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + CASES + " failed, e.g. "
                + failures.subList(0, Math.min(10, failures.size())));
    }

    @Test
    void decimalsBeforeAUnitReadBack() {
        for (int i = 0; i < 500; i++) {
            int whole = 1 + random.nextInt(999);
            int tenths = 1 + random.nextInt(9);
            int unit = random.nextInt(3);
            String written = fullwidthMaybe(whole + "." + tenths) + space() + LARGE_NAMES[unit];
            BigDecimal expected = new BigDecimal(whole + "." + tenths).multiply(BigDecimal.valueOf(LARGE[unit]));
            assertEquals(0, expected.compareTo(KoreanNumber.parse(written)), written);
            assertTrue(WHOLE.matcher(written).matches(), written);
        }
        for (int i = 0; i < 200; i++) {
            int whole = 1 + random.nextInt(9);
            String decimals = String.valueOf(1 + random.nextInt(99));
            StringBuilder hangul = new StringBuilder().append(HANGUL.charAt(whole)).append('점');
            decimals.chars().forEach(c -> hangul.append(HANGUL.charAt(c - '0')));
            assertEquals(0, new BigDecimal(whole + "." + decimals).compareTo(KoreanNumber.parse(hangul.toString())),
                    hangul.toString());
        }
    }

    /** Values of every size, from one digit to beyond 10^15, with zero groups now and then. */
    private long randomValue() {
        int digits = 1 + random.nextInt(17);
        long v = 0;
        for (int d = 0; d < digits; d++) {
            v = v * 10 + (random.nextInt(4) == 0 ? 0 : random.nextInt(10));
        }
        return v == 0 ? 1 + random.nextInt(9) : v;
    }

    private String write(long value) {
        return switch (random.nextInt(5)) {
            case 0 -> fullwidthMaybe(random.nextBoolean() ? String.valueOf(value) : String.format("%,d", value));
            case 1 -> hangul(value);
            default -> grouped(value);
        };
    }

    /** Myriad groups, each written its own way, with or without a space between them. */
    private String grouped(long value) {
        StringBuilder out = new StringBuilder();
        long rest = value;
        for (int i = 0; i < LARGE.length; i++) {
            long g = rest / LARGE[i];
            rest %= LARGE[i];
            if (g == 0) {
                continue;
            }
            if (!out.isEmpty() && random.nextBoolean()) {
                out.append(' ');
            }
            String group = g >= 10_000 ? String.valueOf(g) : switch (random.nextInt(3)) {
                case 0 -> random.nextBoolean() ? String.valueOf(g) : String.format("%,d", g);
                case 1 -> smallUnits(g);
                default -> hangulGroup(g);
            };
            out.append(fullwidthMaybe(group)).append(i < 3 && random.nextInt(4) == 0 ? " " : "").append(LARGE_NAMES[i]);
        }
        return out.toString().strip();
    }

    /** {@code 2천3백45}, {@code 2천345}: digits before 천 백 십 and a figure after them. */
    private String smallUnits(long g) {
        StringBuilder out = new StringBuilder();
        long[] units = {1000, 100, 10};
        String[] names = {"천", "백", "십"};
        long rest = g;
        for (int i = 0; i < units.length && rest >= 10; i++) {
            long d = rest / units[i];
            if (random.nextInt(3) == 0 && !out.isEmpty()) {
                break; // leave the rest as plain digits: 2천345
            }
            if (d > 0) {
                out.append(d).append(names[i]);
                rest %= units[i];
            }
        }
        return rest > 0 ? out.append(rest).toString() : out.toString();
    }

    private String hangul(long value) {
        StringBuilder out = new StringBuilder();
        long rest = value;
        for (int i = 0; i < LARGE.length; i++) {
            long g = rest / LARGE[i];
            rest %= LARGE[i];
            if (g == 0) {
                continue;
            }
            if (g >= 10_000) {
                return grouped(value); // beyond 9999조 Hangul has no unit; write it with digits
            }
            boolean omitOne = i == 2 && g == 1 && out.isEmpty() && random.nextBoolean(); // 만삼천
            out.append(omitOne ? "" : hangulGroup(g)).append(LARGE_NAMES[i]);
        }
        return out.toString();
    }

    /** {@code 이천삼백사십오}; 일 before 십 백 천 is left out or written at random (십, 일십). */
    private String hangulGroup(long g) {
        StringBuilder out = new StringBuilder();
        long[] units = {1000, 100, 10};
        String[] names = {"천", "백", "십"};
        long rest = g;
        for (int i = 0; i < units.length; i++) {
            long d = rest / units[i];
            rest %= units[i];
            if (d > 0) {
                out.append(d == 1 && random.nextInt(3) > 0 ? "" : String.valueOf(HANGUL.charAt((int) d))).append(names[i]);
            }
        }
        if (rest > 0) {
            out.append(HANGUL.charAt((int) rest));
        }
        return out.toString();
    }

    private String fullwidthMaybe(String s) {
        if (random.nextInt(6) != 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }

    private String space() {
        return random.nextBoolean() ? "" : " ";
    }
}
