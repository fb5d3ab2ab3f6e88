package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A chart's value axis is figure, not text; a table's column of figures stays. */
class AxisTicksTest {

    static Line stackLine(String text, float right, float top, Fragment... more) {
        List<Fragment> fragments = new ArrayList<>();
        fragments.add(new Fragment(text, right - 5 * text.length(), right, top, top + 5, 5));
        fragments.addAll(List.of(more));
        return new Line(1, fragments);
    }

    @Test
    void aValueAxisFallingInEqualStepsIsTicksEvenWhenItSharesLinesWithText() {
        List<Line> lines = new ArrayList<>();
        String[] ticks = {"480%", "450%", "420%", "390%", "360%", "-30%"};
        for (int i = 0; i < 5; i++) {
            lines.add(i == 2 ? stackLine(ticks[i], 89, 438 + 7.3f * i, new Fragment("- 운용성과: 동기간 중 펀드는", 279, 507, 438 + 7.3f * i, 443 + 7.3f * i, 6))
                    : stackLine(ticks[i], 89, 438 + 7.3f * i));
        }
        Set<Fragment> found = new AxisTicks().find(lines);
        assertEquals(5, found.size());
        assertTrue(found.stream().noneMatch(f -> f.text().startsWith("-")));
    }

    @Test
    void rowNumbersAndYearsGrowDownThePageAndStay() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(stackLine(String.valueOf(i + 1), 60, 100 + 16 * i, new Fragment("항목", 80, 120, 100 + 16 * i, 105 + 16 * i, 5)));
            lines.add(stackLine(String.valueOf(2017 + i), 200, 300 + 16 * i));
        }
        assertTrue(new AxisTicks().find(lines).isEmpty());
    }

    @Test
    void figuresInUnequalStepsOrAtUnequalPitchStay() {
        List<Line> lines = new ArrayList<>();
        String[] values = {"87.9", "15.3", "4.5", "0.0"};
        for (int i = 0; i < values.length; i++) {
            lines.add(stackLine(values[i], 200, 100 + 16 * i));
            lines.add(stackLine(String.valueOf(400 - 100 * i), 400, 100 + 16 * i + (i == 3 ? 9 : 0)));
        }
        assertTrue(new AxisTicks().find(lines).isEmpty());
    }
}
