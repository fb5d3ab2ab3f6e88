package brief.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one page: stroked straight segments and thin filled rectangles, axis-aligned,
 * turned into {@link Rule}s in the top-down space of {@link Glyph} and merged where collinear pieces
 * touch. The graphics engine hands paths over already mapped through the CTM into default user space
 * (y up, origin at the media box corner); the page's {@link PageFrame} maps them as it maps glyphs. Text is skipped: a Type 3 font's glyphs are paths too.
 */
final class RuleCollector extends PDFGraphicsStreamEngine {

    /** Thicker than this a filled rectangle or stroke is a bar or a shaded box, not a rule. */
    static final float MAX_THICKNESS = 2.5f;
    /** Shorter than this a rule is a tick or a bullet. */
    static final float MIN_LENGTH = 4f;
    /** Slant allowed, and the distance between collinear pieces that still touch. */
    private static final float TOLERANCE = 1f;

    private final PageFrame frame;
    private final List<List<Point2D>> path = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    /** Axis-aligned pieces too short to be rules alone: the dots and dashes of a dotted rule, or ticks. */
    private final List<Rule> pieces = new ArrayList<>();

    RuleCollector(PDPage page, PageFrame frame) {
        super(page);
        this.frame = frame;
    }

    /** {@return the page's rules, merged, horizontal ones first, each kind top to bottom and left to right} */
    List<Rule> collect() throws IOException {
        processPage(getPage());
        rules.addAll(dotted(pieces));
        return merge(rules);
    }

    @Override
    protected void showText(byte[] string) {
        // glyphs are read by the text pass; their outlines are not rules
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new ArrayList<>(List.of(p0, p1, p2, p3, p0)));
    }

    @Override
    public void moveTo(float x, float y) {
        path.add(new ArrayList<>(List.of(new Point2D.Float(x, y))));
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.isEmpty()) {
            moveTo(x, y);
        } else {
            path.get(path.size() - 1).add(new Point2D.Float(x, y));
        }
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve ends the straight run: start a new subpath at its end point
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        if (path.isEmpty()) {
            return new Point2D.Float(0, 0);
        }
        List<Point2D> sub = path.get(path.size() - 1);
        return sub.get(sub.size() - 1);
    }

    @Override
    public void closePath() {
        if (!path.isEmpty()) {
            List<Point2D> sub = path.get(path.size() - 1);
            sub.add(sub.get(0));
        }
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        float width = getGraphicsState().getLineWidth()
                * (float) Math.max(Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX()),
                        Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY()));
        if (width <= MAX_THICKNESS && visible(getGraphicsState().getStrokingColor())) {
            for (List<Point2D> sub : path) {
                for (int i = 1; i < sub.size(); i++) {
                    addSegment(sub.get(i - 1), sub.get(i));
                }
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        if (visible(getGraphicsState().getNonStrokingColor())) {
            for (List<Point2D> sub : path) {
                addThinBox(sub);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D>> copy = new ArrayList<>(path);
        fillPath(windingRule);
        path.addAll(copy);
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // clipping keeps the path for the following n or fill; nothing to record
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    /** A drawn line need not be a rule: white lines (knock-outs, page backgrounds' edges) are not. */
    private static boolean visible(PDColor color) {
        try {
            int rgb = color.toRGB();
            return (rgb >> 16 & 0xff) < 0xf0 || (rgb >> 8 & 0xff) < 0xf0 || (rgb & 0xff) < 0xf0;
        } catch (IOException | RuntimeException e) {
            return true; // a pattern or an unusual colour space: assume it shows
        }
    }

    private void addSegment(Point2D a, Point2D b) {
        float ax = x(a);
        float ay = y(a);
        float bx = x(b);
        float by = y(b);
        if (Math.abs(ay - by) <= TOLERANCE && Math.abs(ax - bx) > Math.abs(ay - by)) {
            float y = (ay + by) / 2;
            (Math.abs(ax - bx) >= MIN_LENGTH ? rules : pieces).add(new Rule(Math.min(ax, bx), y, Math.max(ax, bx), y));
        } else if (Math.abs(ax - bx) <= TOLERANCE && Math.abs(ay - by) > Math.abs(ax - bx)) {
            float x = (ax + bx) / 2;
            (Math.abs(ay - by) >= MIN_LENGTH ? rules : pieces).add(new Rule(x, Math.min(ay, by), x, Math.max(ay, by)));
        }
    }

    /** A closed axis-aligned quadrilateral thin in one direction becomes its centre line. */
    private void addThinBox(List<Point2D> sub) {
        if (sub.size() < 4 || sub.size() > 5) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (Point2D p : sub) {
            x0 = Math.min(x0, x(p));
            x1 = Math.max(x1, x(p));
            y0 = Math.min(y0, y(p));
            y1 = Math.max(y1, y(p));
        }
        for (int i = 1; i < sub.size(); i++) {
            boolean axisAligned = Math.abs(x(sub.get(i)) - x(sub.get(i - 1))) < 0.01f
                    || Math.abs(y(sub.get(i)) - y(sub.get(i - 1))) < 0.01f;
            if (!axisAligned) {
                return;
            }
        }
        float w = x1 - x0;
        float h = y1 - y0;
        if (h <= MAX_THICKNESS && w >= MIN_LENGTH && w > h) {
            rules.add(new Rule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
        } else if (w <= MAX_THICKNESS && h >= MIN_LENGTH && h > w) {
            rules.add(new Rule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
        }
    }

    private float x(Point2D p) {
        return frame.x(p.getX(), p.getY());
    }

    private float y(Point2D p) {
        return frame.y(p.getX(), p.getY());
    }

    /** Pieces of a dotted rule follow each other at most this far apart. */
    static final float DOT_GAP = 3f;
    /** A dotted rule has at least this many pieces ... */
    static final int MIN_DOTS = 4;
    /** ... and spans at least this far: a few dots in a row are a mark, not a rule. */
    static final float MIN_DOTTED = 12f;

    /**
     * {@return the dotted and dashed rules the pieces make} Hancom PDF draws a dotted table rule (the
     * line between a statistics table's rows) as hundreds of separate strokes of under a point, no dash
     * pattern; each is too short to be a rule, and the rows it parts were read as one. Collinear pieces
     * that follow each other closely, enough of them over enough length, are one rule.
     */
    static List<Rule> dotted(List<Rule> pieces) {
        List<Rule> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<Rule> kind = new ArrayList<>(pieces.stream().filter(r -> r.horizontal() == horizontal).toList());
            Comparator<Rule> across = Comparator.comparingDouble(r -> across(r, horizontal));
            Comparator<Rule> along = Comparator.comparingDouble(r -> begin(r, horizontal));
            kind.sort(across);
            int start = 0;
            while (start < kind.size()) {
                float line = across(kind.get(start), horizontal);
                int end = start;
                while (end < kind.size() && across(kind.get(end), horizontal) - line <= TOLERANCE) {
                    end++;
                }
                List<Rule> row = new ArrayList<>(kind.subList(start, end));
                row.sort(along);
                chains(row, horizontal, line, out);
                start = end;
            }
        }
        return out;
    }

    private static void chains(List<Rule> row, boolean horizontal, float line, List<Rule> out) {
        int first = 0;
        while (first < row.size()) {
            int last = first;
            float reach = end(row.get(first), horizontal);
            while (last + 1 < row.size() && begin(row.get(last + 1), horizontal) - reach <= DOT_GAP) {
                last++;
                reach = Math.max(reach, end(row.get(last), horizontal));
            }
            float from = begin(row.get(first), horizontal);
            if (last - first + 1 >= MIN_DOTS && reach - from >= MIN_DOTTED) {
                out.add(horizontal ? new Rule(from, line, reach, line) : new Rule(line, from, line, reach));
            }
            first = last + 1;
        }
    }

    private static float across(Rule r, boolean horizontal) {
        return horizontal ? r.y0() : r.x0();
    }

    private static float begin(Rule r, boolean horizontal) {
        return horizontal ? r.x0() : r.y0();
    }

    private static float end(Rule r, boolean horizontal) {
        return horizontal ? r.x1() : r.y1();
    }

    /** Collinear rules (within the tolerance) whose extents touch or overlap become one. */
    static List<Rule> merge(List<Rule> rules) {
        List<Rule> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<Rule> kind = new ArrayList<>(rules.stream().filter(r -> r.horizontal() == horizontal).toList());
            Comparator<Rule> across = Comparator.comparingDouble(r -> across(r, horizontal));
            Comparator<Rule> along = Comparator.comparingDouble(r -> begin(r, horizontal));
            kind.sort(along);
            List<Rule> merged = new ArrayList<>();
            for (Rule r : kind) {
                int at = -1;
                for (int i = 0; i < merged.size(); i++) {
                    Rule m = merged.get(i);
                    boolean collinear = Math.abs(across(m, horizontal) - across(r, horizontal)) <= TOLERANCE;
                    boolean touching = begin(r, horizontal) <= end(m, horizontal) + TOLERANCE;
                    if (collinear && touching) {
                        at = i;
                        break;
                    }
                }
                if (at < 0) {
                    merged.add(r);
                } else {
                    Rule m = merged.get(at);
                    merged.set(at, horizontal ? new Rule(m.x0(), m.y0(), Math.max(m.x1(), r.x1()), m.y0())
                            : new Rule(m.x0(), m.y0(), m.x0(), Math.max(m.y1(), r.y1())));
                }
            }
            merged.sort(across.thenComparing(along));
            out.addAll(merged);
        }
        return out;
    }
}
