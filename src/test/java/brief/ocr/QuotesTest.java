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
 * Words of page 2 of the bundled brief's scan at 300 dpi (made here, as ocr-bench makes it), with the
 * characters and boxes Tesseract 5.3's Korean model gave for them, their quote marks read again against
 * the scan's ink.
 */
class QuotesTest {

    private static final Map<Integer, BufferedImage> PAGES = new HashMap<>();

    @BeforeAll
    static void scan() throws Exception {
        PAGES.putAll(Scans.pages(Path.of("corpus/fki-global-brief-16.pdf"), List.of(2), List.of(1)));
    }

    /** {@code "소@1186,627,1221,656"}: text, left, top, right, bottom; the word's box is its characters'. */
    private static OcrWord word(String... specs) {
        List<OcrSymbol> symbols = Scans.symbols(specs);
        int left = symbols.stream().mapToInt(OcrSymbol::left).min().orElseThrow();
        int top = symbols.stream().mapToInt(OcrSymbol::top).min().orElseThrow();
        int right = symbols.stream().mapToInt(OcrSymbol::right).max().orElseThrow();
        int bottom = symbols.stream().mapToInt(OcrSymbol::bottom).max().orElseThrow();
        return new OcrWord(LatinMerge.text(symbols), left, top, right, bottom, top, bottom, 95, true, symbols);
    }

    private static final OcrWord OPENING = word("'@1361,558,1365,568", "반@1371,556,1402,592", "도@1405,559,1441,587",
            "체@1444,556,1475,593");
    /** {@code 르네상스’를}, the closing mark read as a colon. */
    private static final OcrWord CLOSING = word("르@1493,558,1527,587", "네@1532,556,1562,593", "상@1568,556,1603,593",
            "스@1604,558,1635,587", ":@1642,558,1647,568", "를@1650,556,1676,593");

    private static List<String> texts(List<OcrWord> words) {
        return words.stream().map(OcrWord::text).toList();
    }

    @Test
    void theMarksShapesAndPlacesSayWhichOpensAndWhichCloses() {
        List<OcrWord> read = Quotes.read(List.of(OPENING, CLOSING, OPENING, CLOSING), PAGES.get(1));
        assertEquals(List.of("‘반도체", "르네상스’를", "‘반도체", "르네상스’를"), texts(read));
    }

    @Test
    void oneMarkAloneSaysNothingAndStaysAsRead() {
        // a single mark whose place counts is too little to tell how the page draws its quotes
        assertEquals(List.of("'반도체"), texts(Quotes.read(List.of(OPENING), PAGES.get(1))));
    }

    @Test
    void marksThatDisagreeWithTheirPlacesStayAsRead() {
        // the same shape opening one word and closing the next, as straight quotes do: no usage to learn
        OcrWord closingWithTheOpeningShape = word("르@1493,558,1527,587", "네@1532,556,1562,593", "상@1568,556,1603,593",
                "스@1604,558,1635,587", "'@1361,558,1365,568", "를@1650,556,1676,593");
        List<OcrWord> words = List.of(OPENING, closingWithTheOpeningShape, OPENING, closingWithTheOpeningShape);
        assertEquals(texts(words), texts(Quotes.read(words, PAGES.get(1))));
    }
}
