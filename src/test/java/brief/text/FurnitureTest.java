package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Furniture by repetition and position: header blocks of several lines, page numbers of every style. */
class FurnitureTest {

    static final float EM = 10;
    static final String BODY = "본문 가나다라마바사아자차카타파하 가나다라마바사아자차카타파하 ";

    static Line line(int page, String text, float x, float top) {
        return new Line(page, List.of(new Fragment(text, x, x + 6 * text.length(), top, top + EM, EM)));
    }

    /** Six pages, each with a four-line header block reaching well below the top band, and its own body. */
    static List<Line> pagesWithAHeaderBlock() {
        List<Line> lines = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            float shift = p % 2 == 0 ? 0.6f : 0; // the template moves a little from page to page
            lines.add(line(p, "물질안전보건자료 MSDS번호 : AA05999-0000026000", 50 + shift, 40));
            lines.add(line(p, "문서번호 : CSW-0026", 400, 62 + shift));
            lines.add(line(p, "개정일자 : 2021.09.30", 400, 84));
            lines.add(line(p, "개정번호 : 3", 400, 106));
            for (int i = 0; i < 10; i++) {
                lines.add(line(p, BODY + p + "쪽 " + i + "째 줄", 50, 150 + 20 * i));
            }
        }
        return lines;
    }

    @Test
    void aHeaderBlockRepeatedOnEveryPageIsFurnitureLineByLine() {
        List<Line> lines = pagesWithAHeaderBlock();
        Set<Line> running = new RunningBlocks().find(lines, 6, Line::text);
        assertEquals(24, running.size());
        assertTrue(running.stream().noneMatch(l -> l.text().startsWith("본문")), "body lines differing only in numbers");
    }

    @Test
    void theSameWordsElsewhereOnThePageAreBody() {
        List<Line> lines = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            lines.add(line(p, "○ 발암성 : 자료없음", 50, 100 + 37 * p)); // a recurring entry, at a different height each time
        }
        assertTrue(new RunningBlocks().find(lines, 6, Line::text).isEmpty());
    }

    @Test
    void aLineOnFewerThanHalfThePagesIsBody() {
        List<Line> lines = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            lines.add(line(p, "<표 1> 주요 내용", 50, 100));
        }
        assertTrue(new RunningBlocks().find(lines, 8, Line::text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"iii", "IV", "- 4 -", "– 12 –", "7 / 9", "xii", "p. 3"})
    void pageNumbersInTheBottomBandAreFurniture(String number) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(line(1, BODY + i, 50, 100 + 20 * i));
        }
        lines.add(line(1, number, 280, 800));
        float[] heights = new float[2];
        Arrays.fill(heights, 842);
        Furniture.Split split = new Furniture().split(lines, heights);
        assertEquals(List.of(number), split.furniture());
        assertEquals(5, split.body().size());
    }

    /**
     * A test document of Hancom's own (a centred title, then short numbered lines at the margin): the title is
     * the only line long enough to set the body's extent, and every line of the body lies left of it; they
     * are most of the page, so they stay. A margin note beside a body of long lines still goes.
     */
    @Test
    void linesOutsideTheExtentStayWhenTheyAreMostOfThePage() {
        List<Line> lines = new ArrayList<>();
        lines.add(line(1, "ISSUE 1510 CENTER TITLE", 200, 100));
        for (int i = 1; i <= 12; i++) {
            lines.add(line(1, "filler paragraph " + i, 50, 120 + 16 * i));
        }
        assertEquals(13, new Furniture().split(lines, new float[] {0, 842}).body().size());
        List<Line> sidebar = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sidebar.add(line(1, BODY, 150, 120 + 16 * i));
        }
        sidebar.add(line(1, "FKI 브리프", 20, 300));
        assertEquals(List.of("FKI 브리프"), new Furniture().split(sidebar, new float[] {0, 842}).furniture());
    }

    @Test
    void aRomanLookingWordInTheBodyStays() {
        List<Line> lines = List.of(line(1, BODY, 50, 100), line(1, "vi", 50, 300), line(1, BODY, 50, 320));
        Furniture.Split split = new Furniture().split(lines, new float[] {0, 842});
        assertEquals(3, split.body().size());
    }

    /**
     * Upright text (a side label set one syllable a line) stands on one page: four short lines at one x
     * there are furniture, while the same four spread over two pages, two on each, stay body.
     */
    @Test
    void aVerticalStackIsFourShortLinesAtOneXOnOnePage() {
        List<Line> lines = new ArrayList<>();
        String[] label = {"연", "구", "개", "요"};
        for (int i = 0; i < 4; i++) {
            lines.add(line(1, label[i], 45, 200 + 12 * i));
            lines.add(line(2 + i / 2, label[i], 45, 200 + 12 * i));
        }
        for (int p = 1; p <= 3; p++) {
            lines.add(line(p, BODY + p, 50, 150));
        }
        Furniture.Split split = new Furniture().split(lines, new float[] {0, 842, 842, 842});
        assertEquals(List.of("연", "구", "개", "요"), split.furniture());
        assertEquals(7, split.body().size(), "the split stack's four lines and the three body lines");
        assertTrue(split.body().stream().filter(l -> l.text().length() == 1).allMatch(l -> l.page() > 1));
    }

    /**
     * A form's label column (a Hangul template's 제목, 감독, 출연, … one a table row, two syllables each at
     * twice their height apart) is body; the same labels one under the other at a character's pitch would
     * be upright text.
     */
    @Test
    void aColumnOfShortLabelsAtARowsPitchIsNoVerticalStack() {
        String[] labels = {"제목", "감독", "출연", "개봉", "국적", "평점"};
        List<Line> form = new ArrayList<>();
        List<Line> upright = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            form.add(line(1, labels[i], 150, 200 + 2 * EM * i));
            upright.add(line(1, labels[i], 150, 200 + 1.2f * EM * i));
        }
        form.add(line(1, BODY, 50, 150));
        upright.add(line(1, BODY, 50, 150));
        assertEquals(7, new Furniture().split(form, new float[] {0, 842}).body().size());
        assertEquals(List.of(labels), new Furniture().split(upright, new float[] {0, 842}).furniture());
    }

    /** A stack ends where its pitch opens: two labels far below an upright run are not part of it. */
    @Test
    void aVerticalStackEndsWhereItsPitchOpens() {
        List<Line> lines = new ArrayList<>();
        String[] label = {"연", "구", "개", "요"};
        for (int i = 0; i < 4; i++) {
            lines.add(line(1, label[i], 45, 200 + 12 * i));
        }
        lines.add(line(1, "비고", 45, 400));
        lines.add(line(1, "합계", 45, 430));
        lines.add(line(1, BODY, 50, 150));
        Furniture.Split split = new Furniture().split(lines, new float[] {0, 842});
        assertEquals(List.of("연", "구", "개", "요"), split.furniture());
        assertEquals(3, split.body().size());
    }

    /** A data sheet whose framed header block (title, number, date, revision) repeats on all its 16 pages. */
    @Test
    void theSharedDataSheetsHeaderBlockLeavesTheBody() throws Exception {
        Path pdf = Path.of("../shared/wild/odl-msds-tgc50.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/odl-msds-tgc50.pdf is missing (no ../shared in this clone)");
        CleanText clean = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf));
        assertFalse(clean.text().contains("문서번호 : CSW-0026"), "the header block is in the body");
        assertFalse(clean.text().contains("개정번호 : 3"), "the header block is in the body");
        assertTrue(clean.text().contains("화학제품과 회사에 관한 정보"));
        assertTrue(clean.furniture().stream().anyMatch(f -> f.contains("문서번호")));
    }
}
