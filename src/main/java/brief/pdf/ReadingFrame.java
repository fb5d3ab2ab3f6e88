package brief.pdf;

import java.util.List;

/**
 * Which way a page reads. The displayed page ({@code /Rotate} applied) reads as it is unless most of
 * its glyphs run along another axis: a landscape table drawn sideways on a portrait page, or a page
 * whose producer turned the text instead of setting {@code /Rotate}. Then the frame turns so that those
 * glyphs read left to right; the few that run otherwise (a sideways label) keep their own direction.
 */
final class ReadingFrame {

    /** Share of a page's visible glyphs that must run one other way before the page is turned. */
    static final double MAJORITY = 0.5;

    private ReadingFrame() {
    }

    /** {@return {@code displayed}, turned to the direction most of {@code glyphs} run in} */
    static PageFrame of(PageFrame displayed, List<DrawnGlyph> glyphs) {
        int[] count = new int[4];
        int visible = 0;
        for (DrawnGlyph g : glyphs) {
            if (g.text().isBlank()) {
                continue;
            }
            visible++;
            int d = g.direction(displayed);
            if (d % 90 == 0) {
                count[d / 90]++;
            }
        }
        for (int q = 1; q < 4; q++) {
            if (count[q] > MAJORITY * visible) {
                // a baseline running q quarter turns counter-clockwise reads upright after q clockwise
                return displayed.turned(q);
            }
        }
        return displayed;
    }
}
