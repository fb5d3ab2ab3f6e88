package brief.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currency spellings of {@code brief/money/currencies.tsv}: each with its ISO 4217 code and whether
 * it stands after the number ({@code 100억 원}, {@code 10₩}), before it ({@code $20}, {@code NT$ 300억}) or
 * either. Gives the regex alternatives for both positions (longest spelling first) and the code of a
 * spelling.
 */
final class CurrencyTable {

    private static final String RESOURCE = "/brief/money/currencies.tsv";
    private static final String SP = "[ \\u00A0]?";

    private record Row(String spelling, String code, boolean after, boolean before) {
    }

    private final Map<String, String> codes = new LinkedHashMap<>();
    private final String after;
    private final String before;

    private CurrencyTable(List<Row> rows) {
        for (Row r : rows) {
            codes.put(key(r.spelling()), r.code());
        }
        this.after = alternatives(rows.stream().filter(Row::after).toList());
        this.before = alternatives(rows.stream().filter(Row::before).toList());
    }

    /** {@return the table shipped with brief} */
    static CurrencyTable standard() {
        List<Row> rows = new ArrayList<>();
        for (ResourceTable.Row r : ResourceTable.rows(RESOURCE)) {
            String[] cols = r.cells();
            if (cols.length != 3 || !cols[1].matches("[A-Z]{3}") || !cols[2].matches("after|before|both")) {
                throw new IllegalStateException(RESOURCE + " line " + r.line() + ": expected spelling, ISO code,"
                        + " after|before|both, got '" + r.text() + "'");
            }
            rows.add(new Row(cols[0], cols[1], !cols[2].equals("before"), !cols[2].equals("after")));
        }
        return new CurrencyTable(rows);
    }

    /** {@return a regex of the spellings that stand after a number} */
    String after() {
        return after;
    }

    /** {@return a regex of the spellings that stand before a number} */
    String before() {
        return before;
    }

    /** {@return the ISO code of {@code written}, a spelling matched by {@link #after} or {@link #before}} */
    String code(String written) {
        String code = codes.get(key(written));
        if (code == null) {
            throw new IllegalArgumentException("not a currency spelling: '" + written + "'");
        }
        return code;
    }

    private static String key(String spelling) {
        return spelling.replaceAll("[\\s\\u00A0]+", "");
    }

    /**
     * Longest first, so {@code 대만달러} is not read as {@code 달러}. A Hangul spelling must end a word
     * ({@code 원} in {@code 원칙} and {@code 엔} in {@code 엔진} are no currency); a Latin one must not run
     * into more letters; a space inside a spelling ({@code 미 달러}) may be missing.
     */
    private static String alternatives(List<Row> rows) {
        return rows.stream().map(Row::spelling).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(CurrencyTable::regex).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String regex(String spelling) {
        String body = String.join(SP, java.util.Arrays.stream(spelling.split(" ")).map(Pattern::quote).toList());
        char last = spelling.charAt(spelling.length() - 1);
        if (last >= '가' && last <= '힣') {
            return body + "(?:" + KoreanWords.WORD_END + "|(?=다))"; // 20 달러다: the copula after a vowel
        }
        if (Character.isLetter(last) && last < 128) {
            return body + "(?![A-Za-z])";
        }
        return body;
    }
}
