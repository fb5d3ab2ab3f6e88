package brief.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many letters a filled shape holds, and which rows of shapes are lines of text (boxes from real PDFs). */
class OutlineFinderTest {

    @Test
    void aWordFilledAsOnePathCountsItsLettersAnArrowAsWideDoesNot() {
        // odl-kyobo-monthly p.1: the label 업종별, one path of 283 segments, 22 x 8.5 pt
        assertEquals(3, OutlineFinder.letters(new float[] {303.0f, 282.8f, 325.1f, 291.3f, 283}));
        // fis-23-2 p.7: a swoosh over a chart, 13 segments across 60 x 9 pt
        assertEquals(1, OutlineFinder.letters(new float[] {395.4f, 544.7f, 455.7f, 553.9f, 13}));
    }

    @Test
    void aLoneArrowIsNoLineAndTwoLabelShapesAre() {
        assertTrue(OutlineFinder.lines(List.of(new float[] {395.4f, 544.7f, 455.7f, 553.9f, 13})).isEmpty());
        // odl-kyobo-monthly p.1: 기타 and 유동성, a path each
        List<float[]> label = OutlineFinder.lines(List.of(new float[] {319.8f, 258.0f, 333.9f, 265.5f, 65},
                new float[] {335.9f, 258.0f, 356.8f, 265.5f, 373}));
        assertEquals(1, label.size());
    }
}
