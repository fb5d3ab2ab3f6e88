package brief.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word read twice, by the Korean model and by the English one, made into one reading. Tesseract's
 * Korean model reads Latin letters inside Korean text as digits and symbols ({@code TSMC의} as
 * {@code 1514(의}, {@code (Foxconn)} as {@code 『0%0000)}); its English model reads the Latin letters
 * right and the Korean syllables as Latin junk ({@code TSMCQ|}). So every Hangul syllable of the Korean
 * reading is kept, and the English reading's characters fill the rest of the word, where no kept
 * syllable stands. The Korean model places its characters up to about a quarter of a line's height to the
 * right of where they are drawn, so a syllable's place reaches that far to its left; parentheses are
 * always the English model's (a syllable's box can reach over the parenthesis beside it). Where the English
 * model finds no Latin letter in the free places, the Korean reading stands as it is.
 */
final class LatinMerge {

    /**
     * Characters that send a word to the English model: Latin letters, digits, and anything but plain
     * punctuation and the reference mark {@code ※} that opens Korean notes (the English model reads it as
     * {@code K}).
     */
    private static final Pattern SUSPECT = Pattern.compile("[^\\uAC00-\\uD7A3\\s.,:;!?'\"‘’“”·ㆍ\\-–—~%※]");
    /** Parentheses the English model reads as well as the Korean one does, kept wherever they fall. */
    private static final Pattern BRACKET = Pattern.compile("[()]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /** How far left of its box (in line heights) a Korean syllable is taken to reach. */
    static final float REACH = 0.25f;

    private LatinMerge() {
    }

    /** {@return whether the Korean reading of a word holds characters the Korean model reads badly} */
    static boolean suspect(String korean) {
        return SUSPECT.matcher(korean).find();
    }

    /**
     * {@return one reading of a word from its Korean and English readings, characters left to right}
     *
     * @param height the height of the word's line, in pixels
     */
    static String merge(List<OcrSymbol> korean, List<OcrSymbol> english, int height) {
        return text(symbols(korean, english, height));
    }

    /** {@return the characters of {@link #merge}'s reading, each with its box, left to right} */
    static List<OcrSymbol> symbols(List<OcrSymbol> korean, List<OcrSymbol> english, int height) {
        if (english.isEmpty()) {
            return korean;
        }
        List<OcrSymbol> syllables = korean.stream().filter(LatinMerge::syllable).toList();
        List<OcrSymbol> out = new ArrayList<>(syllables);
        float reach = REACH * height;
        for (OcrSymbol e : english) {
            boolean free = syllables.stream().noneMatch(k -> e.centre() >= k.left() - reach && e.centre() < k.right());
            if (!syllable(e) && (free || BRACKET.matcher(e.text()).matches())) {
                out.add(e);
            }
        }
        if (out.stream().noneMatch(o -> LATIN.matcher(o.text()).matches())) {
            return korean; // digits and signs alone: the Korean model reads those well, its places are surer
        }
        out.sort(Comparator.comparingDouble(OcrSymbol::centre));
        return out;
    }

    /** {@return whether a symbol is one precomposed Hangul syllable (a lone jamo is most often a misread)} */
    private static boolean syllable(OcrSymbol s) {
        return s.text().codePoints().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    static String text(List<OcrSymbol> symbols) {
        StringBuilder b = new StringBuilder();
        symbols.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
