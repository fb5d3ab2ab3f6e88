package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Semiconductor process nodes: a number, list or range followed by a nanometre unit
 * ({@code 3나노미터(nm)}, {@code 12~28 나노급}, {@code 12·16, 22·28nm}, {@code 1.4나노}). Every value
 * gets its own mention; all share the span of the whole expression. Names that are not nanometre
 * figures ({@code 18A}, {@code A16}) are not nodes here. Reads only the clean text.
 */
public final class NodeExtractor implements Extractor<NodeMention> {

    private static final String SP = "[ \\u00A0]?";
    private static final String NUMBER = "[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?";
    /**
     * Middle dots as PDFs spell them: U+00B7, U+30FB, U+FF65, U+2027, U+318D (Hangul ㆍ), U+2219; and a
     * slash, as a list of nodes is often written ({@code 12/16nm}, {@code 7/5/3나노}).
     */
    private static final String LIST_SEP = SP + "[,·・･‧ㆍ∙/]" + SP;
    private static final String RANGE_SEP = SP + "[~∼～〜-]" + SP;

    /**
     * The gloss in brackets ({@code 3나노미터(nm)}) belongs to the span, even after a line break left
     * by the PDF. {@code 나노} also starts unrelated words glued to a number ({@code 10나노초} is ten nanoseconds),
     * so those are excluded; {@code 나노공정}, {@code 나노급} are nodes.
     */
    private static final String UNIT = "(?:나노미터|나노(?!초|그램|입자|튜브|와이어|몰|리터|물질|섬유|소재)|(?i:nm)(?![A-Za-z])|㎚)"
            + "(?:\\s?\\((?:(?i:nm)|나노미터|나노)\\))?(?:" + SP + "급)?";

    private static final Pattern NODE = Pattern.compile("(?<![\\d.,A-Za-z])(?<list>" + NUMBER
            + "(?:(?:" + LIST_SEP + "|" + RANGE_SEP + ")" + NUMBER + ")*)" + SP + UNIT);
    private static final Pattern VALUE = Pattern.compile(NUMBER);
    private static final Pattern RANGE = Pattern.compile(RANGE_SEP);

    /**
     * Wavelengths share the unit: EUV light is 13.5 nm, ArF 193 nm, KrF 248 nm. A figure right
     * before a light word, or after 파장, is a wavelength.
     */
    private static final Pattern LIGHT_AFTER = Pattern.compile(
            "\\s?(?:(?:EUV|DUV|ArF|KrF|극자외선|자외선)\\s?)?(?:광원|파장|빛|레이저|광선)");
    private static final Pattern WAVELENGTH_BEFORE = Pattern.compile("파장[은이의가]?\\s?$");

    /**
     * Plausible node sizes. Leading-edge and mainstream nodes are 65 nm and below; above that only the
     * classic mature nodes are named in briefs (90, 130, 180 nm ...). Anything else (193, 248, 1000) is
     * a wavelength or a size of something else.
     */
    private static final BigDecimal LARGEST_MODERN = BigDecimal.valueOf(65);
    private static final Set<BigDecimal> MATURE = Set.of(90, 110, 130, 150, 180, 250, 350).stream()
            .map(BigDecimal::valueOf).collect(Collectors.toUnmodifiableSet());

    @Override
    public List<NodeMention> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<NodeMention> out = new ArrayList<>();
        Matcher m = NODE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (isWavelength(text, span)) {
                continue;
            }
            List<NodeMention> found = mentions(m.group("list"), span, span.of(text));
            // One implausible value discards the whole expression: it is probably not about nodes.
            if (found.stream().allMatch(n -> isPlausible(n.nm()))) {
                out.addAll(found);
            }
        }
        return out;
    }

    /** Values of {@code list} in order; the two ends of a range carry the range. */
    private static List<NodeMention> mentions(String list, Span span, String surface) {
        List<BigDecimal> values = new ArrayList<>();
        List<Boolean> rangeAfter = new ArrayList<>();
        Matcher v = VALUE.matcher(list);
        int previousEnd = -1;
        while (v.find()) {
            if (previousEnd >= 0) {
                rangeAfter.add(RANGE.matcher(list.substring(previousEnd, v.start())).matches());
            }
            values.add(NodeMention.normalize(KoreanNumber.parse(v.group()))); // the one number reader
            previousEnd = v.end();
        }
        rangeAfter.add(false);
        List<NodeMention> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Optional<NodeRange> range = Optional.empty();
            if (rangeAfter.get(i)) {
                range = Optional.of(new NodeRange(values.get(i), values.get(i + 1)));
            } else if (i > 0 && rangeAfter.get(i - 1)) {
                range = Optional.of(new NodeRange(values.get(i - 1), values.get(i)));
            }
            out.add(new NodeMention(span, surface, values.get(i), range));
        }
        return out;
    }

    private static boolean isWavelength(String text, Span span) {
        return LIGHT_AFTER.matcher(text).region(span.end(), text.length()).lookingAt()
                || WAVELENGTH_BEFORE.matcher(text.substring(Math.max(0, span.start() - 4), span.start())).find();
    }

    private static boolean isPlausible(BigDecimal nm) {
        return nm.signum() > 0 && (nm.compareTo(LARGEST_MODERN) <= 0 || MATURE.contains(nm));
    }
}
