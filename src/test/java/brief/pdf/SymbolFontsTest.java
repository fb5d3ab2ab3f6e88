package brief.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.text.LayoutAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Glyphs of Wingdings read as the marks they show, whatever letter the font's Unicode map gives them. */
class SymbolFontsTest {

    @ParameterizedTest
    @CsvSource({
        "INPILL+Wingdings-Regular, m,      ❍",
        "Wingdings,                n,      ■",
        "ABCDEF+Wingdings,         \uF0A7, ▪",
        "Wingdings-Bold,           Ø,      ➢",
        "Wingdings,                ü,      ✓",
        "Wingdings,                \u0081, ①",
    })
    void wingdingsCodesBecomeTheirMarks(String font, String text, String shown) {
        assertEquals(shown, SymbolFonts.text(font, text));
    }

    @ParameterizedTest
    @CsvSource({
        "MalgunGothic,      m",   // a text font keeps its letters
        "Wingdings2,        m",   // Wingdings 2 sets other symbols at the same codes
        "Wingdings,         Z",   // a code the table lacks keeps its text
        "Wingdings,         mm",  // not one glyph's code
    })
    void otherFontsAndCodesKeepTheirText(String font, String text) {
        assertEquals(text, SymbolFonts.text(font, text));
    }

    /** A Word report bulleted with Wingdings circles: the items start with the mark, not with {@code m}. */
    @Test
    void theSharedReportsWingdingsBulletsReadAsCircles() {
        Path pdf = Path.of("../shared/wild/odl-rfp-rev.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/odl-rfp-rev.pdf is missing (no ../shared in this clone)");
        String page = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).pageText(3);
        assertTrue(page.contains("❍ 사업기간 : 계약일로부터"), page);
        assertTrue(!page.contains("m 사업기간"), page);
    }
}
