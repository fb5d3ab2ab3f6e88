package brief.text;

import brief.pdf.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames a page draws: a box of four rules around a region (a text box, a callout, the panels of
 * a figure), its corners square or rounded. Two vertical rules of about the same extent with a
 * horizontal rule along the top and one along the bottom, each ending at the verticals (a rounded
 * corner leaves a gap up to {@link #CORNER} points between them), make a frame. The rules of a grid's
 * column run on past its verticals, so a column of a table is no frame; the table as a whole is one.
 * A frame says which lines belong together: lines in different frames are different blocks, whatever
 * their rows look like.
 */
final class Frames {

    /** A framed region, page points, y down. */
    record Frame(float left, float top, float right, float bottom) {

        /** {@return whether the fragment lies inside, within a point} */
        boolean holds(Fragment f) {
            return f.x() >= left - 1 && f.right() <= right + 1 && f.top() >= top - 1 && f.bottom() <= bottom + 1;
        }

        float area() {
            return (right - left) * (bottom - top);
        }
    }

    /** The gap a rounded corner leaves between the rules of a frame, and how far they may overshoot. */
    static final float CORNER = 8f;
    /** Narrower or lower than this (points) a box is a bullet, a checkbox or an underline pair. */
    static final float MIN_SIDE = 12f;

    /** {@return the frames drawn by the rules, each once} */
    List<Frame> find(List<Rule> rules) {
        List<Rule> hs = rules.stream().filter(Rule::horizontal).toList();
        List<Rule> vs = rules.stream().filter(r -> !r.horizontal()).toList();
        List<Frame> out = new ArrayList<>();
        for (Rule a : vs) {
            for (Rule b : vs) {
                if (b.x0() - a.x0() < MIN_SIDE || a.y1() - a.y0() < MIN_SIDE
                        || Math.abs(a.y0() - b.y0()) > CORNER || Math.abs(a.y1() - b.y1()) > CORNER) {
                    continue;
                }
                float top = Math.min(a.y0(), b.y0());
                float bottom = Math.max(a.y1(), b.y1());
                hs.stream().filter(h -> edge(h, a, b, top)).findFirst().ifPresent(t ->
                        hs.stream().filter(h -> edge(h, a, b, bottom)).findFirst().ifPresent(u -> {
                            Frame f = new Frame(a.x0(), t.y0(), b.x0(), u.y0());
                            if (!out.contains(f)) {
                                out.add(f);
                            }
                        }));
            }
        }
        return List.copyOf(out);
    }

    /** A horizontal rule at about {@code y} that runs from the left vertical to the right one and not beyond. */
    private static boolean edge(Rule h, Rule a, Rule b, float y) {
        return Math.abs(h.y0() - y) <= CORNER && Math.abs(h.x0() - a.x0()) <= CORNER && Math.abs(h.x1() - b.x0()) <= CORNER;
    }

    /** {@return the smallest frame that holds the fragment, when one does} */
    static java.util.Optional<Frame> innermost(Fragment l, List<Frame> frames) {
        Frame best = null;
        for (Frame f : frames) {
            if (f.holds(l) && (best == null || f.area() < best.area())) {
                best = f;
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
