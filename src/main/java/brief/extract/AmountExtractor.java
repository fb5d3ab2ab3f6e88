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
 * Sums of money: a number ({@link KoreanNumber}: {@code 1조 2,900억}, {@code 1만2000}, {@code 오만},
 * {@code 3.5조}, {@code 20 billion}) with a currency after it ({@code 100억원}, {@code 61억 달러},
 * {@code 10₩}) or before it ({@code $1.5 billion}, {@code ¥500億}, {@code EUR 20}), the spellings of
 * {@link CurrencyTable}; a range ({@code 2~3조 엔}, {@code 1만5천~2만원}: one mention per end, a bare lower
 * end borrowing the upper end's unit) and hedging words around it ({@code 약}, {@code 최대}, {@code 이상},
 * {@code 초과}, {@code 추산}), which the span includes. A conversion in brackets
 * ({@code 300억 달러(약 40조 원)}) is a second amount of its own. Reads only the clean text.
 *
 * <p>Not money, by decision: a vague numeral ({@code 수천억 원}); a price or rate per unit
 * ({@code 1,200원/kg}, {@code kg당 1,200원}, {@code 달러당 150엔}, {@code 1인당 50만원}), since adding it to
 * the sums of a brief would be wrong; a single Hangul digit before a currency written in Hangul
 * ({@code 사원} is an employee, {@code 구원} salvation, {@code 이유로} "for the reason", {@code 사유로} "on the
 * grounds"); a share written after a currency code ({@code FTSE China in HKD 90%}); a table's unit declaration ({@code (단위: 백만원)}, {@code 금액 : 천원},
 * {@code 금액(천USD)}) and a unit of rounding ({@code 백원 단위 이하를 절상}), which name the unit
 * its figures count, not a sum; a fraction of a unit ({@code 1.5달러}: the facts hold
 * whole units); a value past a long (9.2 × 10^18: garbage, not a budget).
 */
public final class AmountExtractor implements Extractor<AmountMention> {

    /** At most one space: PDF text puts one between digits, units and currency, or none. */
    private static final String SP = "[ \\u00A0]?";
    private static final String NUMBER = KoreanNumber.PATTERN;
    private static final String DASH = SP + "[~∼～〜-]" + SP;
    private static final CurrencyTable CURRENCIES = CurrencyTable.standard();

    /**
     * [hedge] (sign number[~number] | number[~number] currency) [hedge]. Digits after 제 are an
     * ordinal ({@code 제2원} is "the second court"), not an amount.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:" + KoreanWords.WORD_START + "(?<pre>약|대략|최대|최고|최소)" + SP
            + "|(?<![A-Za-z])(?<epre>(?i:up to|about|around|approximately|roughly|nearly|almost|at least|more than"
            + "|over|an estimated)) )?"
            + "(?:(?<![A-Za-z])(?<pcur>" + CURRENCIES.before() + ")" + SP + "(?<pa>" + NUMBER + ")(?:" + DASH + "(?<pb>" + NUMBER + "))?"
            + "(?:" + SP + "(?<pscale>bn|mn|tn|B|M|K|T)(?![A-Za-z]))?"
            + "|(?<![\\d.,제])(?<sa>" + NUMBER + ")(?:" + DASH + "(?<sb>" + NUMBER + "))?" + SP + "(?<scur>" + CURRENCIES.after() + "))"
            + "(?:" + SP + "(?<post>이상|이하|미만|초과|까지|가량|정도|안팎|내외)"
            + "|" + SP + "(?:으로" + SP + "|로" + SP + ")?(?<est>추산|추정))?");

    /** A unit the sum is counted per: {@code /kg} after it, {@code kg당} or {@code 달러당} before it. */
    private static final Pattern PER_AFTER = Pattern.compile(SP + "/" + SP + "[A-Za-z가-힣㎏㎾㎿]");
    /**
     * A code, not a sum, where letters and digits run on from the figure: {@code $0x80} and {@code $1F00} are
     * hexadecimal numbers in a register's or an address's notation.
     */
    private static final Pattern HEX_AFTER = Pattern.compile("[xX][0-9A-Fa-f]|[A-Za-z]*[0-9]");
    /** A share, not a sum: {@code HKD 90%} is ninety percent of an index in Hong Kong dollars. */
    private static final Pattern PERCENT_AFTER = Pattern.compile(SP + "[%％]");
    /** A label declaring the unit of a table's figures, right before it: {@code 단위:}, {@code 금액 :}. */
    private static final Pattern UNIT_LABEL = Pattern.compile("(?:단위|금액|통화)" + SP + "[:：]?" + SP + "$");
    private static final Pattern PER_BEFORE = Pattern.compile("[A-Za-z가-힣0-9]당" + SP + "$");

    /**
     * The scales financial English abbreviates after a sum that opens with its currency ({@code $3.5B},
     * {@code US$1.2bn}, {@code JPY 200bn}, {@code $50K}); only there, since after a bare figure {@code 7B}
     * is as often a model's parameters and {@code 5M} five metres.
     */
    private static final Map<String, BigDecimal> ABBREVIATED_SCALES = Map.of("K", BigDecimal.TEN.pow(3),
            "M", BigDecimal.TEN.pow(6), "mn", BigDecimal.TEN.pow(6), "B", BigDecimal.TEN.pow(9),
            "bn", BigDecimal.TEN.pow(9), "T", BigDecimal.TEN.pow(12), "tn", BigDecimal.TEN.pow(12));

    private static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("약", Qualifier.APPROX), Map.entry("대략", Qualifier.APPROX), Map.entry("가량", Qualifier.APPROX),
            Map.entry("정도", Qualifier.APPROX), Map.entry("안팎", Qualifier.APPROX), Map.entry("내외", Qualifier.APPROX),
            Map.entry("최대", Qualifier.MAX), Map.entry("최고", Qualifier.MAX), Map.entry("까지", Qualifier.MAX),
            Map.entry("이하", Qualifier.MAX), Map.entry("미만", Qualifier.MAX),
            Map.entry("최소", Qualifier.MIN), Map.entry("이상", Qualifier.MIN), Map.entry("초과", Qualifier.MIN),
            Map.entry("추산", Qualifier.ESTIMATED), Map.entry("추정", Qualifier.ESTIMATED),
            // the same hedges in English, before the sum
            Map.entry("up to", Qualifier.MAX), Map.entry("about", Qualifier.APPROX), Map.entry("around", Qualifier.APPROX),
            Map.entry("approximately", Qualifier.APPROX), Map.entry("roughly", Qualifier.APPROX),
            Map.entry("nearly", Qualifier.APPROX), Map.entry("almost", Qualifier.APPROX),
            Map.entry("at least", Qualifier.MIN), Map.entry("more than", Qualifier.MIN), Map.entry("over", Qualifier.MIN),
            Map.entry("an estimated", Qualifier.ESTIMATED));

    @Override
    public List<AmountMention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<AmountMention> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            boolean prefixed = m.group("pcur") != null;
            String written = prefixed ? m.group("pcur") : m.group("scur");
            String currency = CURRENCIES.code(written);
            String a = m.group(prefixed ? "pa" : "sa");
            String b = m.group(prefixed ? "pb" : "sb");
            if (!plausible(a, written) || b != null && !plausible(b, written) || perUnit(text, m)
                    || declaresUnit(text, m, a) || PERCENT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || prefixed && HEX_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            Optional<BigDecimal> to = b == null ? Optional.empty() : KoreanNumber.read(b);
            Optional<BigDecimal> from = KoreanNumber.read(a).map(v -> b != null && KoreanNumber.isBare(a)
                    ? v.multiply(KoreanNumber.leadingUnit(b)) : v); // 2~3조: a bare lower end borrows the unit
            if (from.isEmpty() || b != null && to.isEmpty()) {
                continue; // digits that do not make one number (2천3000): no value rather than a wrong one
            }
            if (prefixed && m.group("pscale") != null) { // $2-3B: both ends in billions
                BigDecimal scale = ABBREVIATED_SCALES.get(m.group("pscale"));
                if (!KoreanNumber.isBare(a) || b != null && !KoreanNumber.isBare(b)) {
                    continue; // $3억B is no sum anyone writes
                }
                from = from.map(v -> v.multiply(scale));
                to = to.map(v -> v.multiply(scale));
            }
            Span span = new Span(m.start(), m.end());
            String surface = span.of(text);
            Optional<Qualifier> qualifier = qualifier(m);
            for (BigDecimal v : to.isEmpty() ? List.of(from.get()) : List.of(from.get(), to.get())) {
                if (v.stripTrailingZeros().scale() <= 0 && fitsLong(v)) {
                    out.add(new AmountMention(span, surface, currency, v.longValueExact(), qualifier));
                }
            }
        }
        return out;
    }

    /**
     * 불 is a dollar only after a unit ({@code 100만 불}, {@code 십불}): {@code 3불 정책} is "three no's". A
     * single Hangul digit before a Hangul currency is a word ({@code 사원}, {@code 구원}, {@code 이유로}).
     */
    private static boolean plausible(String number, String currency) {
        String c = currency.strip();
        if (c.equals("불") && KoreanNumber.isBare(number)) {
            return false;
        }
        return !(number.length() == 1 && KoreanNumber.isHangul(number) && "일이삼사오육칠팔구".indexOf(number.charAt(0)) >= 0
                && c.chars().allMatch(ch -> ch >= '가' && ch <= '힣'));
    }

    /**
     * {@return whether the match names a unit rather than a sum} A figure-less unit word after a label that
     * declares a table's unit ({@code (단위: 백만원)}) or alone in brackets after a column's name ({@code
     * 금액(천USD)}); any amount before the word 단위 ({@code 백원 단위 이하를 절상하여}, {@code 1원 단위로}): the
     * unit sums are counted or rounded in.
     */
    private static boolean declaresUnit(String text, Matcher m, String number) {
        if (UNIT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return true;
        }
        boolean figureless = number.chars().noneMatch(c -> Character.isDigit(c) || "일이삼사오육칠팔구".indexOf(c) >= 0);
        boolean bracketed = m.start() > 0 && m.end() < text.length() && "([［".indexOf(text.charAt(m.start() - 1)) >= 0
                && ")]］".indexOf(text.charAt(m.end())) >= 0;
        return figureless && (bracketed || UNIT_LABEL.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find());
    }

    /** The word 단위 after an amount: the amount is a unit ({@code 천원 단위로 작성}). */
    private static final Pattern UNIT_AFTER = Pattern.compile(SP + "단위");

    private static boolean perUnit(String text, Matcher m) {
        return PER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || PER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
    }

    /** 약/대략 before the number win over words after it ({@code 약 2조 엔 추산} is approx). */
    private static Optional<Qualifier> qualifier(Matcher m) {
        for (String group : List.of("pre", "epre", "post", "est")) {
            if (m.group(group) != null) {
                return Optional.of(QUALIFIERS.get(m.group(group).toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    private static boolean fitsLong(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && value.signum() >= 0;
    }
}
