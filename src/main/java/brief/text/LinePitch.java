package brief.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The line spacing of one block, against which its paragraph breaks are judged. A block set wider
 * than the document's usual spacing (a double-spaced report body, a text box with loose leading)
 * would otherwise break at every line; so the block's own median gap between consecutive lines of one
 * size is taken when it has enough of them and it is wider than the document's.
 */
final class LinePitch {

    /** Gaps needed before a block's own spacing is believed. */
    static final int MIN_GAPS = 3;

    /** {@return the usual gap between the lines of a paragraph in these lines} */
    float gap(List<Line> block, float documentGap) {
        List<Line> lines = new ArrayList<>(block);
        lines.sort(Comparator.comparingDouble(Line::top));
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            float em = Math.max(a.fontSize(), b.fontSize());
            float gap = b.top() - a.bottom();
            if (Math.abs(a.fontSize() - b.fontSize()) < 0.1f * em && gap > -0.2f * em && gap < 2.5f * em) {
                gaps.add(gap);
            }
        }
        if (gaps.size() < MIN_GAPS) {
            return documentGap;
        }
        gaps.sort(null);
        // the lower median: with as many paragraph gaps as line gaps, the line gap
        return Math.max(documentGap, gaps.get((gaps.size() - 1) / 2));
    }
}
