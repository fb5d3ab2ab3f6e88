package brief.hwp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.text.CleanText;
import brief.text.PageRange;
import brief.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks, pages and furniture into a clean text shaped like the PDF path's. */
class TextFlowTest {

    @Test
    void blocksAreSeparatedByABlankLineAndPagesSpanTheirBlocks() {
        TextFlow f = new TextFlow();
        f.block("첫  문단 ");
        f.block("   ");
        f.pageBreak();
        f.pageBreak(); // an empty page still counts
        f.block("표\t셀 \n\n둘째 줄\t ");
        f.furniture(" 머리말 ");
        CleanText t = f.build();
        assertEquals("첫 문단\n\n표\t셀\n둘째 줄\t", t.text());
        assertEquals(List.of(new PageRange(1, new Span(0, 4)), new PageRange(3, new Span(6, 15))), t.pages());
        assertEquals(List.of("머리말"), t.furniture());
        assertEquals(3, f.pages());
    }

    @Test
    void tidyNormalisesCharactersAndKeepsEmptyCells() {
        assertEquals("A\t\tB", TextFlow.tidy("A \t  \tB"));
        assertEquals("작성·교부 1~2", TextFlow.tidy("작성ㆍ교부\u00A01∼2"));
    }
}
