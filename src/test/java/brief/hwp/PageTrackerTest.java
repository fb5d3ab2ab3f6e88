package brief.hwp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.hwp.PageTracker.Breaks;
import brief.hwp.PageTracker.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page breaks from saved line positions: flags, a position back at the top, columns, explicit breaks. */
class PageTrackerTest {

    private static List<Line> lines(int... vertical) {
        return java.util.Arrays.stream(vertical).mapToObj(v -> new Line(v, false)).toList();
    }

    @Test
    void aLineBackAtTheTopOpensAPage() {
        PageTracker t = new PageTracker();
        assertEquals(new Breaks(false, false), t.advance(lines(0, 1600, 3200), false));
        assertEquals(new Breaks(true, false), t.advance(lines(0, 1600), false));
        assertEquals(new Breaks(false, true), t.advance(lines(3200, 0), false)); // runs over the break
    }

    @Test
    void inThreeColumnsEveryThirdReturnIsANewPage() {
        PageTracker t = new PageTracker();
        t.columns(3);
        t.advance(lines(0, 60000), false);
        assertEquals(new Breaks(false, false), t.advance(lines(0, 60000), false)); // column 2
        assertEquals(new Breaks(false, false), t.advance(lines(0, 60000), false)); // column 3
        assertEquals(new Breaks(true, false), t.advance(lines(0, 60000), false));  // page 2, column 1
    }

    @Test
    void theFirstOfPageFlagAndAnExplicitBreakOpenAPage() {
        PageTracker t = new PageTracker();
        t.advance(List.of(new Line(0, true)), false); // the document's first line: nothing before it
        assertEquals(new Breaks(true, false), t.advance(List.of(new Line(5000, true)), false));
        assertEquals(new Breaks(true, false), t.advance(List.of(), true));
        assertEquals(new Breaks(false, false), t.advance(List.of(), false));
    }

    @Test
    void aNewSectionComparesItsFirstLineWithNothing() {
        PageTracker t = new PageTracker();
        t.advance(lines(0, 30000), false);
        t.newSection();
        assertEquals(new Breaks(false, false), t.advance(lines(0), false));
    }
}
