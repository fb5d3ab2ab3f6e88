package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraph decisions of {@link BlockBuilder} on lines built here. */
class BlockBuilderTest {

    private static Line line(String text, float x, float right, float top) {
        return new Line(1, List.of(new Fragment(text, x, right, top, top + 9, 9)));
    }

    /** A column of values (a table's numbers whose labels are drawn as graphics): a block per value, never one run. */
    @Test
    void linesOfNothingButNumbersAreNotOneParagraph() {
        List<Line> lines = new ArrayList<>();
        String[] values = {"99.59", "-", "0.41", "64.44", "-6.71", "12%"};
        for (int i = 0; i < values.length; i++) {
            lines.add(line(values[i], 400, 430, 100 + 12 * i));
        }
        List<Block> blocks = new BlockBuilder().blocks(lines, 400, 430, 9, 3);
        assertEquals(values.length, blocks.size());
    }

    @Test
    void aSentenceWrappedBeforeANumberStaysOneParagraph() {
        List<Line> lines = List.of(line("올해 예산은 전년보다 늘어난", 100, 430, 100), line("1,234억원이다.", 100, 200, 112));
        assertEquals(1, new BlockBuilder().blocks(lines, 100, 430, 9, 3).size());
    }

    /** fis-23-2 p.2: a 36.6 pt title beside the first three lines of its 9.3 pt lead, which then runs full width. */
    @Test
    void aTitleBesideItsLeadIsReadBeforeTheLead() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(1, List.of(new Fragment("핵심재정사업 성과관리", 72, 360.7f, 105.9f, 131.5f, 36.6f))));
        lines.add(new Line(1, List.of(new Fragment("핵심재정사업 성과관리는 올해 처음 도입", 371.3f, 513.1f, 103.9f, 110.4f, 9.3f))));
        lines.add(new Line(1, List.of(new Fragment("된 제도이다. 정부는 국정과제의 조기 성과", 371.3f, 513.1f, 120.9f, 127.4f, 9.3f))));
        lines.add(new Line(1, List.of(new Fragment("창출을 지원하기 위해 올해 초 국정운영", 371.3f, 513.1f, 137.9f, 144.4f, 9.3f))));
        lines.add(new Line(1, List.of(new Fragment("핵심가치를 반영해 3대 분야, 12대 핵심재정사업(군)을 선정하고,", 76.5f, 513.1f, 154.9f, 161.4f, 9.3f))));
        List<Block> blocks = new BlockBuilder().blocks(lines, 72, 513.1f, 9.3f, 7);
        List<String> firsts = blocks.stream().map(b -> ((Block.Paragraph) b).lines().get(0).text()).toList();
        assertEquals(List.of("핵심재정사업 성과관리", "핵심재정사업 성과관리는 올해 처음 도입"), firsts);
        assertEquals(4, ((Block.Paragraph) blocks.get(1)).lines().size());
    }

    /** Lines of one size side by side keep the order of their tops: only larger type is read first. */
    @Test
    void aSmallLineBesideIsNotMovedFirst() {
        List<Line> lines = new ArrayList<>();
        lines.add(line("오른쪽 칸의 첫 줄", 300, 430, 100));
        lines.add(line("왼쪽 칸", 100, 200, 103));
        List<Block> blocks = new BlockBuilder().blocks(lines, 100, 430, 9, 3);
        assertEquals("오른쪽 칸의 첫 줄", ((Block.Paragraph) blocks.get(0)).lines().get(0).text());
    }

    /**
     * odl-kyobo-monthly p.2: a text box whose lines run to 496.5 pt in a region that reaches 566.9 pt (a
     * header above it goes further): its lines are not each a short last line.
     */
    @Test
    void linesRunningToTheirOwnEdgeShortOfTheRegionsAreOneParagraph() {
        List<Line> lines = new ArrayList<>();
        float[] rights = {496.4f, 496.8f, 496.6f, 453.1f};
        String[] texts = {"9월 교보악사 위대한중소형밸류 수익률은 -6.7%의 성과를 나타냈습니다. 같은 기간", "지수 대비 2.9%P 낮은 성과를 나타냈습니다.",
            "+3.7% yoy를 기록하며 7월 CPI 상승폭 +3.2% yoy를 큰 폭으로", "글로벌 증시가 한 달 내 크게 빠졌습니다."};
        for (int i = 0; i < texts.length; i++) {
            lines.add(line(texts[i], i == 0 ? 44.2f : 34.2f, rights[i], 145.9f + 14.05f * i));
        }
        assertEquals(1, new BlockBuilder().blocks(lines, 5.3f, 566.9f, 9, 7.7f).size());
    }

    /** A list of short items with no common right edge keeps each item (chrome-safety-rule p.1: bullets drawn, not text). */
    @Test
    void raggedShortItemsStayApart() {
        List<Line> lines = new ArrayList<>();
        float[] rights = {300, 420, 260, 350};
        for (int i = 0; i < rights.length; i++) {
            int syllables = (int) ((rights[i] - 100) / 9);
            lines.add(line("방사선 안전관리 항목의 내용을 적는다 ".repeat(10).substring(0, syllables), 100, rights[i], 100 + 14 * i));
        }
        assertEquals(4, new BlockBuilder().blocks(lines, 100, 500, 9, 5).size());
    }
}
