package brief.pdf;

import brief.BadInputException;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Lines of text drawn as vector outlines: some producers (a chart tool, a designer's "create outlines")
 * fill each letter's shape as a path instead of showing a glyph, so there is no text to read. Filled
 * paths of letter size with curves or many corners are collected, strung into lines where they sit side
 * by side on the same band, and a line of at least {@link #MIN_LETTERS} letters, wider than it is high,
 * with no glyph of the text layer over it is returned, in the page space of {@link Glyph} (points, y
 * downwards, on the page's crop box as PDFBox draws it).
 */
public final class OutlineFinder {

    /** A line of outlined text on a page, and about how many letters its shapes hold. */
    public record OutlinedLine(int page, float left, float top, float right, float bottom, int letters) {
        public OutlinedLine {
            if (right < left || bottom < top) {
                throw new IllegalArgumentException("bad box on page " + page + ": [" + left + ", " + top + ", " + right
                        + ", " + bottom + "]");
            }
        }
    }

    /** Letters are at least this tall (points) and at most {@link #MAX_HEIGHT}. */
    static final float MIN_HEIGHT = 2f;
    static final float MAX_HEIGHT = 36f;
    /** A letter's outline has curves, or at least this many straight sides. */
    static final int MIN_SEGMENTS = 6;
    /**
     * Fewer letters than this on a line are a logo, an icon or a bullet. A shape is a letter, or a word
     * when a producer fills a whole run as one path (PowerPoint's table cells): then it holds about as
     * many letters as it is heights wide.
     */
    public static final int MIN_LETTERS = 2;
    /** A shape counted as several letters has at least this many path segments for each. */
    static final int SEGMENTS_PER_LETTER = 10;
    /** A line of text is at least this many times as wide as it is high. */
    static final float MIN_ASPECT = 1.5f;
    /** Shapes farther apart than this many line heights are on different lines. */
    static final float GAP = 1.5f;

    /** {@return the outlined lines of {@code pages} (1-based) of {@code pdf} whose text layer does not cover them} */
    public List<OutlinedLine> find(Path pdf, Optional<String> password, List<RawPage> pages) {
        List<OutlinedLine> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), password.orElse(""))) {
            for (RawPage raw : pages) {
                PDPage page = doc.getPage(raw.number() - 1);
                PDRectangle box = page.getCropBox();
                PageFrame frame = PageFrame.of(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight(),
                        page.getRotation());
                Shapes shapes = new Shapes(page, frame);
                shapes.processPage(page);
                for (float[] line : lines(shapes.boxes)) {
                    if (raw.glyphs().stream().noneMatch(g -> !g.isBlank() && over(g, line))) {
                        out.add(new OutlinedLine(raw.number(), line[0], line[1], line[2], line[3], (int) line[4]));
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(pdf, "cannot read its drawing for outlined text (" + e.getMessage() + ")", e);
        }
        return List.copyOf(out);
    }

    private static boolean over(Glyph g, float[] line) {
        float cx = g.x() + g.width() / 2;
        float cy = g.baseline() - g.height() / 2;
        return cx >= line[0] && cx <= line[2] && cy >= line[1] && cy <= line[3];
    }

    /** Shapes strung into lines: [left, top, right, bottom, count] each, only those that look like text. */
    static List<float[]> lines(List<float[]> boxes) {
        List<float[]> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(b -> b[0]));
        List<float[]> lines = new ArrayList<>();
        for (float[] b : sorted) {
            float[] joined = null;
            for (float[] l : lines) {
                float h = Math.max(l[3] - l[1], b[3] - b[1]);
                float overlap = Math.min(l[3], b[3]) - Math.max(l[1], b[1]);
                if (overlap > 0.5f * Math.min(l[3] - l[1], b[3] - b[1]) && b[0] - l[2] < GAP * h) {
                    joined = l;
                    break;
                }
            }
            if (joined == null) {
                lines.add(new float[] {b[0], b[1], b[2], b[3], letters(b)});
            } else {
                joined[0] = Math.min(joined[0], b[0]);
                joined[1] = Math.min(joined[1], b[1]);
                joined[2] = Math.max(joined[2], b[2]);
                joined[3] = Math.max(joined[3], b[3]);
                joined[4] += letters(b);
            }
        }
        return lines.stream().filter(l -> l[4] >= MIN_LETTERS && l[2] - l[0] >= MIN_ASPECT * (l[3] - l[1])).toList();
    }

    /**
     * {@return about how many letters a shape holds: one, or as many as it is heights wide where it has the
     * curves and corners of that many} A word filled as one path has tens of segments a letter; an arrow
     * or a swoosh as wide has a dozen in all.
     */
    static int letters(float[] box) {
        float h = box[3] - box[1];
        int wide = Math.round((box[2] - box[0]) / h);
        int drawn = box.length > 4 ? (int) (box[4] / SEGMENTS_PER_LETTER) : wide;
        return Math.max(1, Math.min(wide, drawn));
    }

    /** The boxes of a page's filled, letter-sized shapes, in page space. */
    private static final class Shapes extends PDFGraphicsStreamEngine {
        private final PageFrame frame;
        private final List<float[]> boxes = new ArrayList<>();
        private float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        private int segments;
        private final Point2D.Float current = new Point2D.Float();

        Shapes(PDPage page, PageFrame frame) {
            super(page);
            this.frame = frame;
        }

        private void at(double ux, double uy) {
            float x = frame.x(ux, uy), y = frame.y(ux, uy);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            current.setLocation(ux, uy);
        }

        @Override
        protected void showText(byte[] string) {
            // the text layer's glyphs are read as text; a Type 3 font's glyph procedures are not outlines to OCR
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            at(p0.getX(), p0.getY());
            at(p1.getX(), p1.getY());
            at(p2.getX(), p2.getY());
            at(p3.getX(), p3.getY());
            segments += 4;
        }

        @Override
        public void moveTo(float x, float y) {
            at(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            at(x, y);
            segments++;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            at(x3, y3);
            segments += MIN_SEGMENTS; // a curve is a letter's stroke, not a box's side
        }

        @Override
        public Point2D getCurrentPoint() {
            return (Point2D) current.clone();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            reset();
        }

        @Override
        public void fillPath(int windingRule) {
            float h = maxY - minY, w = maxX - minX;
            if (segments >= MIN_SEGMENTS && h >= MIN_HEIGHT && h <= MAX_HEIGHT && w <= 4 * MAX_HEIGHT) {
                boxes.add(new float[] {minX, minY, maxX, maxY, segments});
            }
            reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void strokePath() {
            reset();
        }

        private void reset() {
            minX = minY = Float.MAX_VALUE;
            maxX = maxY = -Float.MAX_VALUE;
            segments = 0;
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
