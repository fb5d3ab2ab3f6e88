package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.pdf.Glyph;
import brief.pdf.PdfReader;
import brief.pdf.RawPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headings and field names spread letter by letter over a width read as one word. */
class SpreadLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "요 약                              | 요약",
        "(57) 요 약                         | (57) 요약",
        "개 요                              | 개요",
        "❍ 사 업 명 : 데이터친화적 문서작성 | ❍ 사업명 : 데이터친화적 문서작성",
        "발 의 자 : 이수진(비)·김성환       | 발의자 : 이수진(비)·김성환",
        "성   명                            | 성명",
    })
    void spreadLabelsCloseUp(String text, String read) {
        assertEquals(read, new SpreadLabels().closeUp(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "할 수 있다",                // a word of two syllables: running text
        "이 두 개 안 중",            // five one-syllable words: too long for a label
        "및 그 밖의 사항",
        "요",                        // one syllable: nothing to close
        "제 1 조",                   // a digit between
        "가 나 다 라 : 값 이 며",    // only the label before the colon is looked at
    })
    void runningTextIsLeftAsSet(String text) {
        String expected = text.startsWith("가 나 다 라") ? "가나다라 : 값 이 며" : text;
        assertEquals(expected, new SpreadLabels().closeUp(text));
    }

    @Test
    void aLineOfSpreadGlyphsReadsAsItsWord() {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 50;
        for (char c : "요약".toCharArray()) {
            glyphs.add(new Glyph(String.valueOf(c), x, 100, 10, 8, 10, 0));
            x += 25; // 1.5 em apart: distributed over the heading's width
        }
        Line line = new LineBuilder().lines(new RawPage(1, 595, 842, glyphs, List.of())).get(0);
        assertEquals("요약", line.text());
    }

    @Test
    void aLabelSpreadIntoFragmentsOfItsOwnReadsAsItsWord() {
        Line line = new Line(1, List.of(new Fragment("구", 50, 60, 90, 100, 10), new Fragment("분", 80, 90, 90, 100, 10)));
        assertEquals("구분", line.text());
    }

    /** The patent's abstract heading, set {@code 요 약} with a space between its syllables. */
    @Test
    void theSharedPatentsHeadingIsOneWord() {
        Path pdf = Path.of("../shared/wild/odl-patent.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/odl-patent.pdf is missing (no ../shared in this clone)");
        String page = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).pageText(1);
        assertTrue(page.contains("(57) 요약"), page);
    }
}
