package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CleanText#pageAt}: the page a character stands on, text between pages counted with the page before. */
class CleanTextTest {

    /** Pages 1 [0, 10), 2 empty at 12, 3 [12, 20), then a tail; each row an offset and its page. */
    @ParameterizedTest(name = "offset {0} -> page {1}")
    @CsvSource({"0, 1", "9, 1", "10, 1", "11, 1", "12, 3", "19, 3", "20, 3", "24, 3"})
    void givesThePageStartingLastAtOrBeforeTheOffset(int offset, int page) {
        CleanText clean = new CleanText("x".repeat(25), List.of(new PageRange(1, new Span(0, 10)),
                new PageRange(2, new Span(12, 12)), new PageRange(3, new Span(12, 20))));
        assertEquals(page, clean.pageAt(offset));
    }

    /** Every offset of the corpus brief's clean text, against a walk through its pages. */
    @Test
    void answersAsAWalkThroughThePagesDoesOnABrief() {
        CleanText clean = new LayoutAnalyzer(new NoriWrapJudge())
                .clean(new PdfReader().read(Path.of("corpus/fki-global-brief-16.pdf")));
        assertTrue(clean.pages().size() >= 3, clean.pages().size() + " pages");
        for (int offset = 0; offset <= clean.text().length(); offset++) {
            int page = clean.pages().get(0).page();
            for (PageRange p : clean.pages()) {
                if (p.span().start() <= offset) {
                    page = p.page();
                }
            }
            assertEquals(page, clean.pageAt(offset), "offset " + offset);
        }
    }
}
