package brief.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Region and table decisions on PDFs drawn here with PDFBox (rules, boxes and text as a producer
 * draws them), each kept under {@code target/regions/} for a look ({@code pdftoppm -png -r 80}) and
 * its clean text pinned by a reviewed golden file in {@code src/test/resources/brief/text/regions/}
 * ({@code -Dbrief.golden.update=true} rewrites it); then the same mechanisms on the shared real PDFs.
 */
class RegionsPdfTest {

    static final Path OUT = Path.of("target/regions");
    static final Path GOLDEN = Path.of("src/test/resources/brief/text/regions");
    static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    static final float H = 842;

    /** Draws on one A4 page in page coordinates (y down from the top), for a test to fill. */
    private static final class Drawing implements AutoCloseable {
        final PDDocument doc = new PDDocument();
        final PDType0Font font;
        final PDPageContentStream cs;

        Drawing() throws IOException {
            font = PDType0Font.load(doc, NANUM.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.setLineWidth(0.7f);
        }

        void text(String s, float x, float baseline, float size) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, H - baseline);
            cs.showText(s);
            cs.endText();
        }

        /** A stroked box with corners rounded by {@code r} (Bézier arcs, as drawing tools write them). */
        void roundedBox(float x, float top, float w, float h, float r) throws IOException {
            float k = 0.552f * r;
            float y0 = H - top - h;
            float y1 = H - top;
            cs.moveTo(x + r, y0);
            cs.lineTo(x + w - r, y0);
            cs.curveTo(x + w - r + k, y0, x + w, y0 + r - k, x + w, y0 + r);
            cs.lineTo(x + w, y1 - r);
            cs.curveTo(x + w, y1 - r + k, x + w - r + k, y1, x + w - r, y1);
            cs.lineTo(x + r, y1);
            cs.curveTo(x + r - k, y1, x, y1 - r + k, x, y1 - r);
            cs.lineTo(x, y0 + r);
            cs.curveTo(x, y0 + r - k, x + r - k, y0, x + r, y0);
            cs.closePath();
            cs.stroke();
        }

        void rule(float x0, float y0, float x1, float y1) throws IOException {
            cs.moveTo(x0, H - y0);
            cs.lineTo(x1, H - y1);
            cs.stroke();
        }

        /** A full grid: a rule across the columns at each y, and one down the rows at each x. */
        void grid(float[] xs, float[] ys) throws IOException {
            for (float y : ys) {
                rule(xs[0], y, xs[xs.length - 1], y);
            }
            for (float x : xs) {
                rule(x, ys[0], x, ys[ys.length - 1]);
            }
        }

        /** A dotted rule as Hancom PDF draws one: a stroke of 0.6 pt every 1.2 pt, no dash pattern. */
        void dottedRule(float x0, float y, float x1) throws IOException {
            for (float x = x0; x + 0.6f <= x1; x += 1.2f) {
                cs.moveTo(x, H - y);
                cs.lineTo(x + 0.6f, H - y);
                cs.stroke();
            }
        }

        void filledBox(float x, float top, float w, float h) throws IOException {
            cs.setNonStrokingColor(0.2f, 0.5f, 0.8f);
            cs.addRect(x, H - top - h, w, h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }

        Path save(String name) throws IOException {
            cs.close();
            Files.createDirectories(OUT);
            Path file = OUT.resolve(name);
            doc.save(file.toFile());
            return file;
        }

        @Override
        public void close() throws IOException {
            doc.close();
        }
    }

    private static String clean(Path pdf) {
        return new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).text();
    }

    private static void assertGolden(Path pdf, String text) throws IOException {
        brief.Goldens.assertMatches(GOLDEN.resolve(pdf.getFileName() + ".txt"), pdf, text);
    }

    /**
     * Three framed boxes side by side (the panels of a figure), each a short list whose rows line up
     * with the others': no table, each box read whole, left to right.
     */
    @Test
    void framedBoxesSideBySideAreBlocksNotATable() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        String[][] boxes = {
            {"· (목적)", "부처 단위 성과 측정", "· (대상)", "전체 부처와 기관"},
            {"· (목적)", "사업 단위 성과 측정", "· (대상)", "평가 대상 사업"},
            {"· (목적)", "국정 성과 창출 지원", "· (대상)", "핵심 재정 사업"},
        };
        Path pdf;
        try (Drawing d = new Drawing()) {
            d.text("그림 1 성과관리 제도의 주요 내용", 200, 90, 10);
            for (int b = 0; b < boxes.length; b++) {
                float x = 60 + b * 160;
                d.roundedBox(x, 110, 130, 90, 5);
                for (int i = 0; i < boxes[b].length; i++) {
                    d.text(boxes[b][i], x + 8 + (i % 2) * 6, 128 + 18 * i, 9);
                }
            }
            pdf = d.save("framed-boxes.pdf");
        }
        String text = clean(pdf);
        assertFalse(text.contains("\t"), "the boxes were read as one table:\n" + text);
        int first = text.indexOf("부처 단위");
        int second = text.indexOf("사업 단위");
        assertTrue(first >= 0 && text.indexOf("전체 부처와 기관") < second, "the first box is not read whole:\n" + text);
        assertTrue(text.indexOf("평가 대상 사업") < text.indexOf("국정 성과"), "the boxes are not read left to right:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * A statistics table as ministries publish them: each ruled cell holds a figure and, under it, its
     * change rate in parentheses, a fall marked with △ ({@code 282.3} over {@code (147.8)}). The rate is
     * a word of its own, not glued to the figure as a gloss would be.
     */
    @Test
    void aChangeRateUnderItsFigureStaysApart() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            float[] xs = {60, 160, 260, 360};
            float[] ys = {100, 120, 160};
            d.grid(xs, ys);
            d.text("구분", 70, 114, 9);
            d.text("1분기", 170, 114, 9);
            d.text("2분기", 270, 114, 9);
            d.text("총투자", 70, 136, 9);
            d.text("증감률", 70, 151, 9);
            d.text("282.3", 170, 136, 9);
            d.text("(147.8)", 170, 151, 9);
            d.text("150.9", 270, 136, 9);
            d.text("(△51.2)", 270, 151, 9);
            pdf = d.save("change-rates.pdf");
        }
        String text = clean(pdf);
        assertTrue(text.contains("282.3 (147.8)"), "a figure and its rate were glued:\n" + text);
        assertTrue(text.contains("150.9 (△51.2)"), "a figure and its rate were glued:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * A regulation's table lists its items {@code 가. 나. 다.} inside one cell: an item that ends short
     * of the cell's edge is followed by the next one, not wrapped into it ({@code 사람} over {@code 다.
     * 토양} is not {@code 사람다.}), while a line that runs to the edge still wraps before {@code 다.}.
     */
    @Test
    void lettersOpeningItemsInACellAfterAShortLineStartItems() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            float[] xs = {60, 160, 560};
            float[] ys = {100, 120, 228};
            d.grid(xs, ys);
            d.text("부문", 70, 114, 9);
            d.text("대상", 170, 114, 9);
            d.text("방역·보건", 70, 136, 9);
            d.text("가. 방역·보건관계 치료기관에서 방사선을 이용하여 진단에 종사하는", 170, 136, 9);
            d.text("사람", 170, 150, 9);
            d.text("나. 결핵 치료기관에서 환자를 진료하는 사람", 170, 164, 9);
            d.text("다. 토양 및 수산물시료 분석 등에 유해물질을 이용하여 직접 종사하는", 170, 178, 9);
            d.text("사람", 170, 192, 9);
            d.text("라. 위 각 목의 업무에 종사하는 사람은 따로 정하는 바에 따라 위험근무수당을 받을 수 있", 170, 206, 9);
            d.text("다. 다만, 중복하여 지급하지 아니한다.", 170, 220, 9);
            pdf = d.save("cell-items.pdf");
        }
        String text = clean(pdf);
        assertTrue(text.contains("종사하는 사람 나. 결핵"), "an item after a short line was glued:\n" + text);
        assertTrue(text.contains("진료하는 사람 다. 토양"), "an item after a short line was glued:\n" + text);
        assertTrue(text.contains("종사하는 사람 라. 위"), "an item after a short line was glued:\n" + text);
        assertFalse(text.contains("사람다."), text);
        assertTrue(text.contains("받을 수 있다. 다만,"), "a sentence wrapped before its ending after a full line was split:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * Middle dots as bullets of a stacked list in a cell ({@code ·토취장마다} over {@code ·재질변화시마다},
     * each line short) are items; a middle dot opening a line after a full one joins a wrapped
     * enumeration ({@code 편성} over {@code ·집행·평가}).
     */
    @Test
    void middleDotsOpeningShortLinesInACellAreItems() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            float[] xs = {60, 160, 420};
            float[] ys = {100, 120, 190};
            d.grid(xs, ys);
            d.text("시험 종류", 70, 114, 9);
            d.text("시험 빈도", 170, 114, 9);
            d.text("함수비", 70, 136, 9);
            d.text("·토취장마다", 170, 136, 9);
            d.text("·재질변화시마다", 170, 150, 9);
            d.text("·사업의 전 과정에 걸쳐 예산의 수립과 배정, 편성", 170, 164, 9);
            d.text("·집행·평가를 점검한다", 170, 178, 9);
            pdf = d.save("cell-dots.pdf");
        }
        String text = clean(pdf);
        assertTrue(text.contains("·토취장마다 ·재질변화시마다 ·사업의"), "the dotted items were glued:\n" + text);
        assertTrue(text.contains("편성·집행·평가"), "a wrapped enumeration was split:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * A section framed with its title on a tab at the frame's top edge, as government reports and calls
     * for proposals draw them: the tab's rules join the frame's into one grid, but no row of it sets two
     * things side by side, so it is no table and its items read as paragraphs.
     */
    @Test
    void aFramedSectionWithATitleTabIsNoTable() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            // the tab: a box from y 94 to 110 at x 66-200, whose right side crosses the frame's top at 100
            d.rule(66, 94, 200, 94);
            d.rule(66, 110, 200, 110);
            d.rule(66, 94, 66, 110);
            d.rule(200, 94, 200, 110);
            d.text("신청 방법", 100, 106, 9);
            // the frame: its top runs from the tab to the right edge
            d.rule(200, 100, 530, 100);
            d.rule(58, 100, 58, 220);
            d.rule(530, 100, 530, 220);
            d.rule(58, 220, 530, 220);
            String[] items = {"o (신청 방법) 범부처통합연구지원시스템에 기본사항을 전산 등록한 후 신청서를 첨부하여",
                    "전산접수를 완료해야 함", "o (접수 기간) 마감시간 전까지 반드시 모든 제출 서류를 전산등록 완료해야 함",
                    "o (유의 사항) 마감일에는 접속 폭주로 인한 접수지연이 발생할 수 있으므로 사전에 접수 요망"};
            float[] xs = {66, 78, 66, 66};
            for (int i = 0; i < items.length; i++) {
                d.text(items[i], xs[i], 130 + 16 * i, 9);
            }
            pdf = d.save("framed-section.pdf");
        }
        String text = clean(pdf);
        assertFalse(text.contains("\t"), "the framed section was read as a table:\n" + text);
        assertTrue(text.contains("신청 방법\n\no (신청 방법)"), "the tab's title does not open the section:\n" + text);
        assertTrue(text.contains("o (접수 기간) 마감시간"), text);
        assertTrue(text.contains("첨부하여 전산접수를"), "the item's hanging wrap was split:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * A statistics table whose rows are parted by dotted rules drawn dot by dot (a ministry's press
     * release from Hancom PDF): each row is a row, not one row of three-line cells.
     */
    @Test
    void rowsPartedByDottedRulesAreRows() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            float[] xs = {60, 160, 260, 360};
            d.rule(xs[0], 100, xs[3], 100);
            d.rule(xs[0], 120, xs[3], 120);
            d.dottedRule(xs[0], 135, xs[3]);
            d.dottedRule(xs[0], 150, xs[3]);
            d.rule(xs[0], 165, xs[3], 165);
            for (float x : xs) {
                d.rule(x, 100, x, 165);
            }
            String[][] rows = {{"구분", "금융보험업", "제조업"}, {"‘23.1Q", "66.8", "63.2"}, {"‘24.1Q", "55.0", "40.5"},
                    {"증감률(%)", "(17.8)", "(35.9)"}};
            float[] baselines = {114, 131, 146, 161};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    d.text(rows[r][c], xs[c] + 10, baselines[r], 9);
                }
            }
            pdf = d.save("dotted-rows.pdf");
        }
        String text = clean(pdf);
        assertTrue(text.contains("‘23.1Q\t66.8\t63.2\n‘24.1Q\t55.0\t40.5\n증감률(%)\t(17.8)\t(35.9)"),
                "the dotted rules did not part the rows:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * A ruled budget table whose cells stack several figures (one per sub-item, no rule between them):
     * each figure stays a word of its own, never glued to the one under it.
     */
    @Test
    void stackedFiguresInARuledCellStayApart() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            float[] xs = {60, 200, 300, 400};
            float[] ys = {100, 120, 190};
            d.grid(xs, ys);
            d.text("구분", 110, 114, 9);
            d.text("2022년", 230, 114, 9);
            d.text("2023년", 330, 114, 9);
            String[] items = {"합계", "하절기 바우처", "동절기 바우처", "등유 바우처"};
            String[][] figures = {{"230,556", "47,143", "156,267", "23,600"}, {"323,996", "48,805", "171,337", "-"}};
            for (int i = 0; i < items.length; i++) {
                d.text(items[i], 70, 136 + 15 * i, 9);
                d.text(figures[0][i], 220, 136 + 15 * i, 9);
                d.text(figures[1][i], 320, 136 + 15 * i, 9);
            }
            pdf = d.save("stacked-figures.pdf");
        }
        String text = clean(pdf);
        assertTrue(text.contains("230,556 47,143 156,267 23,600"), "the figures of a cell were glued:\n" + text);
        assertTrue(text.contains("323,996 48,805 171,337 -"), "the figures of a cell were glued:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * A grid under a filled header box: the first row has no rule above it, only the box's edge, where
     * the vertical rules start. It is a row of the table all the same, and a cell spanning rows beside
     * it is read in it.
     */
    @Test
    void theFirstRowUnderAFilledHeaderIsARowOfTheGrid() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            d.filledBox(60, 100, 340, 20);
            d.text("구분", 100, 114, 9);
            d.text("유형", 230, 114, 9);
            d.text("특징", 330, 114, 9);
            float[] ys = {120, 140, 160, 180};
            for (float x : new float[] {60, 200, 300, 400}) {
                d.rule(x, 120, x, 180);
            }
            d.rule(200, 140, 400, 140); // the cell of the first column spans all three rows
            d.rule(200, 160, 400, 160);
            d.rule(60, 180, 400, 180);
            String[][] rows = {{"보통교부세", "일반"}, {"특별교부세", "특정"}, {"부동산교부세", "일반"}};
            d.text("지방교부세", 100, 154, 9);
            for (int i = 0; i < rows.length; i++) {
                d.text(rows[i][0], 220, ys[i] + 14, 9);
                d.text(rows[i][1], 330, ys[i] + 14, 9);
            }
            pdf = d.save("grid-under-a-filled-header.pdf");
        }
        String text = clean(pdf);
        assertTrue(text.contains("지방교부세\t보통교부세\t일반\n특별교부세\t특정\n부동산교부세\t일반"),
                "the first row was left out of the grid:\n" + text);
        assertGolden(pdf, text);
    }

    /**
     * A patent's bibliographic block as a ruled table: each cell stacks numbered entries, one a line;
     * an entry's number never attaches to the end of the entry above it.
     */
    @Test
    void numberedEntriesInACellStartEachItsOwnWord() throws IOException {
        Assumptions.assumeTrue(Files.exists(NANUM), NANUM + " is missing (apt-get install fonts-nanum)");
        Path pdf;
        try (Drawing d = new Drawing()) {
            for (float y : new float[] {100, 120, 180}) {
                d.rule(60, y, 500, y);
            }
            for (float x : new float[] {60, 280, 500}) {
                d.rule(x, 100, x, 180);
            }
            d.text("서지 사항", 70, 114, 9);
            d.text("출원인", 290, 114, 9);
            d.text("(21) 출원번호 10-2021-0175798", 70, 136, 9);
            d.text("(22) 출원일자 2021년12월09일", 70, 150, 9);
            d.text("한컴타워 10층", 290, 136, 9);
            d.text("(뒷면에 계속)", 290, 150, 9);
            pdf = d.save("numbered-entries-in-a-cell.pdf");
        }
        String text = clean(pdf);
        assertTrue(text.contains("10-2021-0175798 (22) 출원일자"), "the entry's number was glued to the line above:\n" + text);
        assertGolden(pdf, text);
    }

    /** The figure of three boxes in a real FIS brief (InDesign): each box its own block, no tab-separated rows. */
    @Test
    void theSharedBriefsFramedPanelsReadBoxByBox() {
        Path pdf = Path.of("../shared/wild/fis-23-2.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/fis-23-2.pdf is missing (no ../shared in this clone)");
        String text = clean(pdf);
        assertFalse(text.contains("성과 측정\t"), "the framed panels were read as one table");
        int box = text.indexOf("부처단위 재정운용 성과 측정");
        assertTrue(box >= 0, "the first panel is missing");
        assertTrue(text.indexOf("부처별 재정성과 측정", box) < text.indexOf("사업단위 재정운용 성과 측정", box),
                "the first panel is not read whole before the second");
    }

    /** The budget tables of a real ministry programme sheet (Hancom PDF): no cell's figures glued together. */
    @Test
    void theSharedProgrammeSheetsFiguresStayApart() {
        Path pdf = Path.of("../shared/wild/motie-energy-voucher.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/motie-energy-voucher.pdf is missing (no ../shared in this clone)");
        String text = clean(pdf);
        // the sub-items' figures stack in one cell under the total's row (a dotted rule parts the two rows)
        assertTrue(text.contains("47,143 156,267 23,600 1,674 1,872 -"), "the stacked figures are not there apart");
        assertTrue(text.contains("○ 기능별 분류(합계)\t230,556\t230,556"), "the total's row is not a row of its own");
        assertFalse(java.util.regex.Pattern.compile("\\d,\\d{4}").matcher(text).find(), "two figures of a cell were glued");
    }
}
