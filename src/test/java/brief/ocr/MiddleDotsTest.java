package brief.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Words of the bundled brief's scan at 300 dpi (made here, as ocr-bench makes it), with the characters
 * and boxes Tesseract 5.3's Korean model gave for them, read again against the scan's ink.
 */
class MiddleDotsTest {

    private static final Map<Integer, BufferedImage> PAGES = new HashMap<>();

    @BeforeAll
    static void scan() throws Exception {
        PAGES.putAll(Scans.pages(Path.of("corpus/fki-global-brief-16.pdf"), List.of(), List.of(1, 2, 3)));
    }

    /** {@code "소@1186,627,1221,656"}: text, left, top, right, bottom. */
    private static String read(int page, String... specs) {
        List<OcrSymbol> symbols = Scans.symbols(specs);
        return LatinMerge.text(MiddleDots.read(symbols, PAGES.get(page)));
    }

    @Test
    void aDotReadAsAColonOrAHyphenIsADot() {
        assertEquals("소재·부품·장비(소부장)", read(2, "소@1186,627,1221,656", "재@1224,625,1255,662", ":@1264,641,1269,645",
                "부@1274,625,1309,662", "품@1314,626,1341,662", "-@1351,641,1356,645", "장@1362,625,1396,662",
                "비@1401,627,1419,652", "(@1426,625,1448,663", "소@1451,627,1486,656", "부@1488,625,1523,662",
                "장@1527,625,1553,662", ")@1552,603,1568,684"));
    }

    @Test
    void aLettersStrokeInTheBoxOfTheDotDoesNotCount() {
        // the box Tesseract gives the "-" takes in the second bar of 제's ㅔ
        assertEquals("경제·사회적", read(2, "경@984,1137,1012,1175", "제@1019,1138,1044,1173", "-@1048,1137,1063,1174",
                "사@1069,1137,1104,1174", "회@1106,1137,1137,1174", "적@1145,1137,1167,1175"));
    }

    @Test
    void aDotLeftOutBetweenTwoSyllablesIsPutBack() {
        // 본's box covers the dot after it
        assertEquals("일본·대만", read(3, "일@401,800,428,838", "본@440,800,478,837", "대@485,800,516,838", "만@527,800,552,837"));
        assertEquals("한·일", read(3, "한@419,1694,463,1730", "일@470,1694,500,1731"));
    }

    @Test
    void aHyphenStaysAndSyllablesCloseTogetherGetNoDot() {
        assertEquals("일-대만", read(1, "일@850,1266,873,1303", "-@880,1282,891,1285", "대@902,1266,926,1303", "만@938,1266,964,1302"));
        assertEquals("경제", read(2, "경@984,1137,1012,1175", "제@1019,1138,1044,1173"));
        assertEquals("사회적", read(2, "사@1069,1137,1104,1174", "회@1106,1137,1137,1174", "적@1145,1137,1167,1175"));
    }
}
