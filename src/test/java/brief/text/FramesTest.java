package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.pdf.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames from rules, and frames as evidence that side-by-side lines are separate blocks. */
class FramesTest {

    private static List<Rule> box(float x0, float y0, float x1, float y1, float corner) {
        return List.of(new Rule(x0 + corner, y0, x1 - corner, y0), new Rule(x0 + corner, y1, x1 - corner, y1),
                new Rule(x0, y0 + corner, x0, y1 - corner), new Rule(x1, y0 + corner, x1, y1 - corner));
    }

    @Test
    void squareAndRoundedBoxesAreFrames() {
        List<Rule> rules = new ArrayList<>(box(60, 100, 190, 200, 0));
        rules.addAll(box(220, 100, 350, 200, 5));
        assertEquals(List.of(new Frames.Frame(60, 100, 190, 200), new Frames.Frame(220, 100, 350, 200)),
                new Frames().find(rules));
    }

    @Test
    void aGridsColumnsAreNoFramesButTheGridIsOne() {
        List<Rule> rules = new ArrayList<>();
        for (float y : new float[] {100, 120, 140}) {
            rules.add(new Rule(50, y, 350, y));
        }
        for (float x : new float[] {50, 150, 250, 350}) {
            rules.add(new Rule(x, 100, x, 140));
        }
        assertEquals(List.of(new Frames.Frame(50, 100, 350, 140)), new Frames().find(rules));
    }

    @Test
    void aCheckboxIsNoFrame() {
        assertTrue(new Frames().find(box(60, 100, 68, 108, 0)).isEmpty());
    }

    @Test
    void shortListsInFramesSideBySideAreBlocksWhereWithoutFramesTheyAreOneTable() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            float top = 110 + 18 * i;
            lines.add(new Line(1, List.of(new Fragment("가" + i + " 항목", 70, 150, top, top + 9, 9),
                    new Fragment("나" + i + " 항목", 230, 310, top, top + 9, 9),
                    new Fragment("다" + i + " 항목", 390, 470, top, top + 9, 9))));
        }
        WhitespaceCut cut = new WhitespaceCut();
        assertEquals(1, cut.regions(lines, 60, 510).size(), "unframed short cells sharing rows are one table");
        List<Rule> rules = new ArrayList<>(box(60, 100, 190, 190, 4));
        rules.addAll(box(220, 100, 350, 190, 4));
        rules.addAll(box(380, 100, 510, 190, 4));
        List<Columns.Region> regions = cut.regions(lines, 60, 510, new Frames().find(rules));
        assertEquals("가0 항목/가1 항목/가2 항목/가3 항목 | 나0 항목/나1 항목/나2 항목/나3 항목 | 다0 항목/다1 항목/다2 항목/다3 항목",
                WhitespaceCutTest.read(regions));
    }

    @Test
    void aBoxBesideLooseLinesIsLeftToTheOtherEvidence() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(1, List.of(new Fragment("의안", 75, 100, 195, 205, 10), new Fragment("발의연월일 : 2023.", 280, 400, 195, 205, 10))));
        lines.add(new Line(1, List.of(new Fragment("번호", 75, 100, 212, 222, 10), new Fragment("발의자 : 가나다", 280, 400, 212, 222, 10))));
        List<Frames.Frame> frames = new Frames().find(box(72, 188, 198, 231, 0));
        assertFalse(WhitespaceCut.framedApart(List.of(new Line(1, List.of(lines.get(0).fragments().get(0)))),
                List.of(new Line(1, List.of(lines.get(0).fragments().get(1)))), frames));
    }
}
