package brief.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings of words of the bundled brief's page 1 drawn at 300 dpi, as Tesseract 5.3 gave them with
 * Debian's kor and eng models (characters with their left and right edges and confidences), merged.
 */
class LatinMergeTest {

    /** {@code "T@603-623:98"} and so on: text, left, right, confidence (boxes 30 px high). */
    private static List<OcrSymbol> symbols(String... specs) {
        List<OcrSymbol> out = new ArrayList<>();
        for (String s : specs) {
            int at = s.lastIndexOf('@');
            String[] lr = s.substring(at + 1, s.indexOf(':', at)).split("-");
            out.add(new OcrSymbol(s.substring(0, at), Integer.parseInt(lr[0]), 100, Integer.parseInt(lr[1]), 130,
                    Float.parseFloat(s.substring(s.indexOf(':', at) + 1))));
        }
        return out;
    }

    @Test
    void latinLettersComeFromTheEnglishReadingAndTheParticleFromTheKorean() {
        assertEquals("TSMC의", LatinMerge.merge(
                symbols("1@355-376:98", "5@378-394:98", "1@393-413:87", "4@400-431:97", "(@438-494:90", "의@464-494:98"),
                symbols("T@355-376:98", "S@378-394:99", "M@400-431:99", "C@438-460:98", "2@455-476:97", "|@464-494:97"), 37));
        assertEquals("TSMC의", LatinMerge.merge(
                symbols("1@603-623:98", "5@625-642:98", "1@644-660:85", "4@648-679:92", "1@671-683:89", "(@683-698:96",
                        "_@686-742:90", "의@721-748:93"),
                symbols("T@603-623:98", "S@625-642:99", "M@648-679:98", "C@686-708:98", "2@702-725:96", "}@711-742:90"), 37));
    }

    @Test
    void syllablesStandWhereTheEnglishModelSawJunkAndBracketsStay() {
        assertEquals("3나노미터(nm)", LatinMerge.merge(
                symbols("3@763-781:98", "나@791-821:99", "노@832-874:99", "미@889-916:98", "터@919-945:98", "(@944-960:99",
                        "0@953-970:99", "0@973-992:96", "0@977-1006:99", ")@1012-1020:99"),
                symbols("3@763-781:99", "L@789-809:97", "}@812-858:80", "O@864-882:91", "]@889-892:92", "E@901-921:96",
                        "|@919-929:85", "(@939-948:99", "n@953-970:99", "m@977-1006:99", ")@1012-1020:99"), 37));
    }

    @Test
    void digitsAloneKeepTheKoreanReading() {
        assertEquals("4,760억", LatinMerge.merge(
                symbols("4@100-115:97", ",@116-120:90", "7@122-137:97", "6@139-154:97", "0@156-171:97", "억@178-208:97"),
                symbols("4@100-115:97", ",@116-120:90", "7@122-137:97", "6@139-154:97", "0@156-168:97", "Y@176-208:60"), 37));
    }

    @Test
    void onlyWordsWithLatinDigitsOrSignsAreReadAgain() {
        assertTrue(LatinMerge.suspect("1514(의"));
        assertTrue(LatinMerge.suspect("2024년"));
        assertFalse(LatinMerge.suspect("협력의"));
        assertFalse(LatinMerge.suspect("'분업적"));
        assertFalse(LatinMerge.suspect("일-대만"));
        // the reference mark opens Korean notes; the English model reads it as K (odl-kyobo-monthly p.1)
        assertFalse(LatinMerge.suspect("※상기"));
    }
}
