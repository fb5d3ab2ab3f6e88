package brief.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers of scans made here at 300 dpi (as ocr-bench makes them), with the characters and boxes
 * Tesseract 5.3's Korean model gave for them, their marks between digits read again against the ink.
 */
class CommasTest {

    /** {@return page {@code n} of the scan of {@code pages} of {@code pdf}, drawn at 300 dpi} */
    private static BufferedImage scan(Path pdf, List<Integer> pages, int n) throws Exception {
        return Scans.pages(pdf, pages, List.of(n)).get(n);
    }

    /** {@code "2@1117,3036,1133,3062"}: text, left, top, right, bottom. */
    private static String read(BufferedImage page, String... specs) {
        return LatinMerge.text(Commas.read(Scans.symbols(specs), page));
    }

    @Test
    void aCommaReadAsAPeriodIsAComma() throws Exception {
        BufferedImage page = scan(Path.of("corpus/fki-global-brief-16.pdf"), List.of(1), 1);
        assertEquals("2,900억", read(page, "2@1117,3036,1133,3062", ".@1139,3060,1144,3067", "9@1149,3036,1166,3062",
                "0@1170,3036,1188,3062", "0@1192,3033,1240,3065", "억@1210,3018,1237,3078"));
        assertEquals("4,760억", read(page, "4@1085,3120,1103,3146", ",@1107,3144,1112,3151", "7@1118,3120,1134,3146",
                "6@1139,3120,1156,3147", "0@1160,3117,1207,3150", "억@1180,3113,1205,3157"));
    }

    @Test
    void aDecimalPointStays() throws Exception {
        Path pdf = Path.of("../shared/wild/fis-23-3.pdf");
        assumeTrue(Files.isRegularFile(pdf), "../shared/wild/fis-23-3.pdf is missing (no ../shared in this clone)");
        BufferedImage page = scan(pdf, List.of(2, 3), 2); // the scan's page 2 is the PDF's page 3
        assertEquals("57.0조원,", read(page, "5@3220,514,3234,550", "7@3235,514,3258,549", ".@3261,544,3268,551",
                "0@3272,513,3296,550", "조@3296,513,3336,549", "원@3342,511,3373,553", ",@3378,544,3384,556"));
        assertEquals("13.5%,", read(page, "1@3604,514,3617,549", "3@3625,513,3649,550", ".@3653,544,3659,551",
                "5@3664,514,3687,550", "%@3688,513,3725,549", ",@3730,544,3736,556"));
    }
}
