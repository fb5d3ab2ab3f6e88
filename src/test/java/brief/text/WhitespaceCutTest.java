package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Blocks by whitespace on generated pages, then on the shared spreads and text-box pages. */
class WhitespaceCutTest {

    static final float EM = 10;
    static final String PROSE = "가나다라마바사아자차카타파하가나다라마바사";

    static Fragment frag(String text, float x, float right, float top) {
        return new Fragment(text, x, right, top, top + EM, EM);
    }

    static Line line(Fragment... fragments) {
        return new Line(1, List.of(fragments));
    }

    /** {@return each region's lines, each line's text, regions parted by "|"} */
    static String read(List<Columns.Region> regions) {
        List<String> out = new ArrayList<>();
        for (Columns.Region r : regions) {
            out.add(String.join("/", r.lines().stream().map(Line::text).toList()));
        }
        return String.join(" | ", out);
    }

    @Test
    void aSpreadIsTwoBlocksEvenWhenItsBaselinesLineUp() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(line(frag("L" + i + PROSE, 50, 500, 100 + 16 * i), frag("R" + i + PROSE, 640, 1100, 100 + 16 * i)));
        }
        List<Columns.Region> regions = new WhitespaceCut().regions(lines, 50, 1100);
        assertEquals(2, regions.size());
        assertTrue(regions.get(0).lines().stream().allMatch(l -> l.text().startsWith("L")));
        assertTrue(regions.get(1).lines().stream().allMatch(l -> l.text().startsWith("R")));
        assertEquals(640, regions.get(1).left());
    }

    @Test
    void shortCellsSharingRowsStayOneTable() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(line(frag("항목" + i, 50, 90, 100 + 16 * i), frag("12." + i, 200, 230, 100 + 16 * i),
                    frag("3" + i + "%", 300, 330, 100 + 16 * i)));
        }
        List<Columns.Region> regions = new WhitespaceCut().regions(lines, 50, 330);
        assertEquals(1, regions.size());
        assertEquals(lines, regions.get(0).lines());
        assertEquals(50, regions.get(0).left());
    }

    @Test
    void twoColumnsOfRunningTextAreNoTableHoweverTheirRowsLineUp() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(line(frag("L" + i + PROSE, 50, 290, 100 + 16 * i), frag("R" + i + PROSE, 310, 550, 100 + 16 * i)));
        }
        String[] read = read(new WhitespaceCut().regions(lines, 50, 550)).split(" \\| ");
        assertEquals(2, read.length, String.join(" | ", read));
        assertTrue(read[0].startsWith("L0") && read[0].contains("L5") && !read[0].contains("R"), read[0]);
    }

    @Test
    void chartTicksDoNotOutvoteTheRunningTextBesideThem() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // a text box on the left, then a chart's axis of many short ticks under it
            lines.add(i < 3 ? line(frag("L" + i + PROSE, 50, 250, 100 + 16 * i), frag("R" + i + PROSE, 270, 550, 100 + 16 * i))
                    : line(frag((i * 30) + "%", 60, 80, 100 + 16 * i), frag("R" + i + PROSE, 270, 550, 100 + 16 * i)));
        }
        String[] read = read(new WhitespaceCut().regions(lines, 50, 550)).split(" \\| ");
        assertEquals(2, read.length, String.join(" | ", read));
        assertTrue(read[1].startsWith("R0") && read[1].contains("R11"), read[1]);
    }

    @Test
    void aSidebarOffTheBodysRowsIsABlockOfItsOwn() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(line(frag("B" + i + PROSE, 50, 400, 100 + 16 * i)));
        }
        for (int i = 0; i < 4; i++) {
            lines.add(line(frag("S" + i + "짧은 글", 430, 520, 108 + 16 * i))); // half a line off the body's rows
        }
        String read = read(new WhitespaceCut().regions(lines, 50, 520));
        assertEquals(2, read.split(" \\| ").length, read);
        assertTrue(read.startsWith("B0"), read);
        assertTrue(read.split(" \\| ")[1].startsWith("S0"), read);
    }

    @Test
    void aTwoColumnBodyBelowAFullWidthTableReadsTableThenLeftThenRight() {
        List<Line> lines = new ArrayList<>();
        lines.add(line(frag("구분", 50, 100, 60), frag("내용 설명", 250, 330, 60), frag("비고", 500, 550, 60)));
        lines.add(line(frag("가", 50, 100, 76), frag("첫째 항목의 내용", 250, 400, 76), frag("-", 500, 550, 76)));
        for (int i = 0; i < 6; i++) {
            lines.add(line(frag("L" + i + PROSE, 50, 280, 120 + 16 * i), frag("R" + i + PROSE, 320, 550, 120 + 16 * i)));
        }
        String[] read = read(new WhitespaceCut().regions(lines, 50, 550)).split(" \\| ");
        assertEquals(3, read.length, String.join(" | ", read));
        assertTrue(read[0].startsWith("구분"), read[0]);
        assertTrue(read[1].startsWith("L0") && read[1].contains("L5") && !read[1].contains("R"), read[1]);
        assertTrue(read[2].startsWith("R0") && read[2].contains("R5"), read[2]);
    }

    @Test
    void aLargeTitleBesideSmallTextIsItsOwnBlock() {
        List<Line> lines = new ArrayList<>();
        lines.add(line(new Fragment("큰 제목", 50, 250, 100, 130, 28), frag("곁글 첫 줄", 300, 400, 100)));
        lines.add(line(frag("곁글 둘째 줄", 300, 400, 114)));
        lines.add(line(frag("곁글 셋째 줄", 300, 400, 128)));
        assertEquals("큰 제목 | 곁글 첫 줄/곁글 둘째 줄/곁글 셋째 줄", read(new WhitespaceCut().regions(lines, 50, 400)));
    }

    /**
     * A lead box: a title set large with its subtitle beside the first lines of the lead, which then
     * runs on under both at full width; a later line reaches past the others into the margin.
     */
    @Test
    void aTitleBlockBesideTheLeadIsItsOwnBlockThoughAMarginRunsDownThePage() {
        List<Line> lines = new ArrayList<>();
        lines.add(line(new Fragment("조세지출 연계관리", 72, 240, 100, 128, 28), frag("L0" + PROSE, 330, 513, 100)));
        lines.add(line(frag("L1" + PROSE, 330, 513, 116)));
        lines.add(line(frag("(Tax Expenditures Management)", 72, 230, 134), frag("L2" + PROSE, 330, 513, 132)));
        for (int i = 3; i < 7; i++) {
            lines.add(line(frag("L" + i + PROSE + PROSE, 76, 513, 100 + 16 * i)));
        }
        lines.add(line(frag("W" + PROSE + PROSE, 76, 533, 100 + 16 * 7)));
        String[] read = read(new WhitespaceCut().regions(lines, 72, 533)).split(" \\| ");
        assertEquals("조세지출 연계관리/(Tax Expenditures Management)", read[0], String.join(" | ", read));
        assertTrue(read[1].startsWith("L0") && read[1].contains("L2"), String.join(" | ", read));
    }

    /**
     * The geometry of odl-kyobo-monthly's first page (points, as brief reads it): a ruled returns table on
     * the left, ruled portfolio tables on the right, and under each its notes, two of whose lines share rows
     * with the other side's. Two ruled tables side by side are two blocks, so each side's notes stay
     * with it instead of pairing across the gap as the cells of one table.
     */
    @Test
    void twoRuledTablesSideBySideAreTwoBlocksWithTheirNotes() {
        String mark = LayoutAnalyzer.TABLE_MARK;
        List<Line> lines = List.of(
                line(frag("펀드 운용현황", 28, 89, 163), frag("포트폴리오 현황", 289, 360, 163)),
                line(new Fragment(mark, 278, 517, 184, 271, EM)),
                line(new Fragment(mark, 19, 255, 278, 504, EM)),
                line(new Fragment(mark, 278, 395, 278, 459, EM)),
                line(new Fragment(mark, 400, 517, 278, 498, EM)),
                line(frag("※상기 운용성과는 보수가 발생하지 않는 운용펀드 기준이므로,", 21, 231, 505),
                        frag("※기준일:20230921", 282, 346, 505)),
                line(frag("가입하신 Class의 보수 등의 차이로 상기 성과와 일치하지 않을", 28, 238, 516),
                        frag("※출처: 모펀드 기준 하나펀드서비스", 282, 408, 516)),
                line(frag("수 있습니다.", 28, 70, 527)));
        List<Columns.Region> regions = new WhitespaceCut().regions(lines, 19, 517);
        String read = read(regions);
        assertEquals(2, regions.size(), read);
        assertTrue(regions.get(0).lines().stream().allMatch(l -> l.right() <= 255), read);
        assertTrue(regions.get(1).lines().stream().allMatch(l -> l.x() >= 278), read);
    }

    /**
     * The same page further down: the heading {@code 펀드 개요} stands at the left margin under the notes,
     * set off by more than its height, and opens the full-width table below it. It is read with that
     * table, after both sides, not as the last line of the left side.
     */
    @Test
    void aHeadingUnderSideBySideBlocksGoesWithTheFullWidthTableItOpens() {
        String mark = LayoutAnalyzer.TABLE_MARK;
        List<Line> lines = List.of(
                line(new Fragment(mark, 19, 255, 278, 504, EM)),
                line(new Fragment(mark, 278, 517, 278, 498, EM)),
                line(frag("※상기 운용성과는 보수가 발생하지 않는 운용펀드 기준이므로,", 21, 231, 505),
                        frag("※기준일:20230921", 282, 346, 505)),
                line(frag("가입하신 Class의 보수 등의 차이로 상기 성과와 일치하지 않을", 28, 238, 516),
                        frag("※출처: 모펀드 기준 하나펀드서비스", 282, 408, 516)),
                line(frag("펀드 개요", 28, 70, 540)),
                line(new Fragment(mark, 20, 516, 560, 660, EM)));
        List<Columns.Region> regions = new WhitespaceCut().regions(lines, 19, 517);
        String read = read(regions);
        assertEquals(3, regions.size(), read);
        assertTrue(read.endsWith("| 펀드 개요/" + mark), read);
    }

    /** A column's last line that follows at the line pitch stays with its column. */
    @Test
    void theLastLineOfALongerColumnStaysInIt() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add(line(frag("L" + i + PROSE, 50, 260, 100 + 12 * i), frag("R" + i + PROSE, 300, 510, 100 + 12 * i)));
        }
        lines.add(line(frag("끝", 50, 60, 148)));
        lines.add(line(frag("FULL" + PROSE + PROSE, 50, 510, 170)));
        String read = read(new WhitespaceCut().regions(lines, 50, 510));
        assertTrue(read.contains("L3" + PROSE + "/끝 |"), read);
    }

    @Test
    void aPageWithoutSideBySideBlocksIsOneRegionInItsBounds() {
        List<Line> lines = List.of(line(frag(PROSE, 60, 500, 100)), line(frag(PROSE, 60, 480, 116)));
        List<Columns.Region> regions = new WhitespaceCut().regions(lines, 40, 520);
        assertEquals(1, regions.size());
        assertEquals(40, regions.get(0).left());
        assertEquals(520, regions.get(0).right());
    }

    /** An Excel factsheet: a column of tables and a chart beside a column of text boxes, their rows on one grid. */
    @Test
    void theSharedFactsheetsTextBoxReadsWhole() throws Exception {
        Path pdf = Path.of("../shared/wild/odl-db-china.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/odl-db-china.pdf is missing (no ../shared in this clone)");
        String text = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).text();
        assertTrue(text.contains("업종별로 보면, 모멘텀이 부재한 가운데"), "the text box is interleaved with the chart beside it");
        assertFalse(text.contains("추이 습니다."), "the chart's title and the text box share a line");
    }

    /** An InDesign A3 spread (two A4 pages on one sheet): each page reads on its own, no tab-separated rows. */
    @Test
    void theSharedSpreadsReadPageByPage() throws Exception {
        Path pdf = Path.of("../shared/wild/fis-22-4.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/fis-22-4.pdf is missing (no ../shared in this clone)");
        String text = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).text();
        assertFalse(text.contains("지방재정의\t"), "the spread's two pages were read as one table");
        assertTrue(text.contains("국가재정에서 차지하는 지방재정의 비중도 증가하고 있다."), "the left page's paragraph is not whole");
        assertTrue(text.contains("일련의 조치를 의미1)"), "the right page's paragraph is not whole");
        assertTrue(text.indexOf("비중도 증가하고 있다.") < text.indexOf("(개념과 목표)"), "the left page does not come first");
    }
}
