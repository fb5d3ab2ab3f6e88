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
}
