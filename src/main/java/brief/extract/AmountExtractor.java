package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money: a number ({@link KoreanNumber}) with a currency word after it ({@code 1조 2,900억 엔},
 * {@code 100억원}, {@code 61억 달러}) or a currency sign before it ({@code $1.5 billion},
 * {@code ¥500億}), a range ({@code 2~3조 엔}, one mention per end) and hedging words around it
 * ({@code 약}, {@code 최대}, {@code 이상}, {@code 추산}), which the span includes. A number without digits
 * ({@code 수천억 원}) is not an amount. Reads only the clean text.
 */
public final class AmountExtractor implements Extractor<AmountMention> {

    /** At most one space: PDF text puts one between digits, units and currency, or none. */
    private static final String SP = "[ \\u00A0]?";

    /** 천/백 may precede a large unit ({@code 5천억}); the large units must descend (조 > 억 > 만). */
    private static final String G = KoreanNumber.DIGITS + SP + "(?:[천백千百]" + SP + ")?";
    private static final String KOREAN = "(?:" + G + "[조兆](?:" + SP + G + "[억億])?(?:" + SP + G + "[만万])?"
            + "|" + G + "[억億](?:" + SP + G + "[만万])?"
            + "|" + G + "[만万]"
            + "|" + KoreanNumber.DIGITS + SP + "[천千])";
    private static final String ENGLISH = KoreanNumber.DIGITS + SP + "(?i:trillion|billion|million|thousand)(?![A-Za-z])";
    private static final String NUMBER = "(?:" + KOREAN + "|" + ENGLISH + "|" + KoreanNumber.DIGITS + ")";
    private static final String DASH = SP + "[~∼～〜-]" + SP;

    /** Every spelling the patterns below accept, to its ISO 4217 code. */
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("대만달러", "TWD"), Map.entry("대만 달러", "TWD"), Map.entry("NT$", "TWD"),
            Map.entry("홍콩달러", "HKD"), Map.entry("홍콩 달러", "HKD"), Map.entry("HK$", "HKD"),
            Map.entry("미달러", "USD"), Map.entry("미 달러", "USD"), Map.entry("달러", "USD"), Map.entry("불", "USD"),
            Map.entry("US$", "USD"), Map.entry("$", "USD"),
            Map.entry("엔", "JPY"), Map.entry("円", "JPY"), Map.entry("¥", "JPY"), Map.entry("￥", "JPY"),
            Map.entry("원", "KRW"), Map.entry("₩", "KRW"),
            Map.entry("위안", "CNY"), Map.entry("元", "CNY"), Map.entry("RMB", "CNY"),
            Map.entry("유로", "EUR"), Map.entry("€", "EUR"),
            Map.entry("파운드", "GBP"), Map.entry("£", "GBP"));
    private static final String ISO = "USD|JPY|KRW|CNY|EUR|TWD|GBP|HKD";

    /**
     * Longest spellings first, so {@code 대만달러} is not read as {@code 달러}.
     * Hangul currency words must end a word ({@code 원} in {@code 원칙}, {@code 엔} in {@code 엔진} do not),
     * Latin codes must not run into more letters.
     */
    private static final String SUFFIX_CURRENCY = "(?:(?:대만|홍콩|미)" + SP + "달러|달러|불|엔|원|위안|유로|파운드)"
            + KoreanWords.WORD_END + "|[円元]|(?:RMB|" + ISO + ")(?![A-Za-z])";
    private static final String PREFIX_CURRENCY = "(?<![A-Za-z])(?:US\\$|NT\\$|HK\\$|\\$|[¥￥€£₩]|(?:RMB|" + ISO + ")" + SP + ")";

    /**
     * [hedge] (sign number[~number] | number[~number] currency) [hedge]. Digits after 제 are an
     * ordinal ({@code 제2원} is "the second court"), not an amount.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:" + KoreanWords.WORD_START + "(?<pre>약|대략|최대|최고|최소)" + SP + ")?"
            + "(?:(?<pcur>" + PREFIX_CURRENCY + ")" + SP + "(?<pa>" + NUMBER + ")(?:" + DASH + "(?<pb>" + NUMBER + "))?"
            + "|(?<![\\d.,제])(?<sa>" + NUMBER + ")(?:" + DASH + "(?<sb>" + NUMBER + "))?" + SP + "(?<scur>" + SUFFIX_CURRENCY + "))"
            + "(?:" + SP + "(?<post>이상|이하|미만|까지|가량|정도|안팎|내외)"
            + "|" + SP + "(?:으로" + SP + "|로" + SP + ")?(?<est>추산|추정))?");

    private static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("약", Qualifier.APPROX), Map.entry("대략", Qualifier.APPROX), Map.entry("가량", Qualifier.APPROX),
            Map.entry("정도", Qualifier.APPROX), Map.entry("안팎", Qualifier.APPROX), Map.entry("내외", Qualifier.APPROX),
            Map.entry("최대", Qualifier.MAX), Map.entry("최고", Qualifier.MAX), Map.entry("까지", Qualifier.MAX),
            Map.entry("이하", Qualifier.MAX), Map.entry("미만", Qualifier.MAX),
            Map.entry("최소", Qualifier.MIN), Map.entry("이상", Qualifier.MIN),
            Map.entry("추산", Qualifier.ESTIMATED), Map.entry("추정", Qualifier.ESTIMATED));

    @Override
    public List<AmountMention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<AmountMention> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            boolean prefixed = m.group("pcur") != null;
            String currency = currency(prefixed ? m.group("pcur") : m.group("scur"));
            String a = m.group(prefixed ? "pa" : "sa");
            String b = m.group(prefixed ? "pb" : "sb");
            Optional<Qualifier> qualifier = qualifier(m);
            if (currency.equals("USD") && "불".equals(m.group("scur")) && KoreanNumber.isBare(a)) {
                continue; // 불 is a dollar only after a unit (100만 불); 3불 정책 is "three no's"
            }
            Span span = new Span(m.start(), m.end());
            String surface = span.of(text);
            List<BigDecimal> values = new ArrayList<>();
            if (b == null) {
                values.add(KoreanNumber.parse(a));
            } else {
                BigDecimal to = KoreanNumber.parse(b);
                // 2~3조: a bare lower end borrows the upper end's unit.
                BigDecimal from = KoreanNumber.isBare(a)
                        ? KoreanNumber.parse(a).multiply(KoreanNumber.leadingUnit(b)) : KoreanNumber.parse(a);
                values.add(from);
                values.add(to);
            }
            for (BigDecimal v : values) {
                // A fractional amount (1.5달러) has no integer value in units of the currency: left out
                // rather than rounded. Briefs' amounts are budgets in 억/조, where this never happens.
                // A number past a long (9.2 × 10^18, far above any budget) is garbage, not money: left
                // out too, so that one such string cannot stop the extraction of a whole document.
                if (v.stripTrailingZeros().scale() <= 0 && fitsLong(v)) {
                    out.add(new AmountMention(span, surface, currency, v.longValueExact(), qualifier));
                }
            }
        }
        return out;
    }

    /** ISO codes written as such ({@code USD}) are their own code. */
    private static String currency(String written) {
        String key = written.replace('\u00A0', ' ').strip();
        return CURRENCIES.getOrDefault(key, key);
    }

    /** 약/대략 before the number win over words after it ({@code 약 2조 엔 추산} is approx). */
    private static Optional<Qualifier> qualifier(Matcher m) {
        for (String group : List.of("pre", "post", "est")) {
            if (m.group(group) != null) {
                return Optional.of(QUALIFIERS.get(m.group(group)));
            }
        }
        return Optional.empty();
    }

    private static boolean fitsLong(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && value.signum() >= 0;
    }
}
