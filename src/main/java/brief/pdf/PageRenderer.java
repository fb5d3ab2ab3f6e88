package brief.pdf;

import brief.BadInputException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One page of a PDF as the reader sees it: PDFBox renders it to a PNG, and every place where one of the
 * given words is printed gets a translucent mark. Words are found in the page's glyphs in reading order
 * with white space ignored and case folded, so a word wrapped or spaced by the typesetter is still found
 * (each glyph of a match is marked on its own line).
 */
public final class PageRenderer {

    private static final Color FILL = new Color(255, 214, 0, 110);
    private static final Color EDGE = new Color(230, 120, 0, 220);

    /** {@return the PNG of page {@code page} (1-based) of {@code pdf} at {@code dpi}, {@code words} marked} */
    public byte[] render(Path pdf, int page, List<String> words, float dpi) {
        if (!Files.isRegularFile(pdf)) {
            throw new BadInputException(pdf, "no such file");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new BadInputException(pdf, "no page " + page + " (it has " + doc.getNumberOfPages() + ")");
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            List<Rectangle2D> boxes = boxes(doc, page, words);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(dpi / 72f, dpi / 72f);
            g.setStroke(new BasicStroke(0.8f));
            for (Rectangle2D box : boxes) {
                g.setColor(FILL);
                g.fill(box);
                g.setColor(EDGE);
                g.draw(box);
            }
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new BadInputException(pdf, "cannot render page " + page + " (" + e.getMessage() + ")", e);
        }
    }

    /** {@return the boxes, in points from the page's top left, of every glyph of every match of {@code words}} */
    static List<Rectangle2D> boxes(PDDocument doc, int page, List<String> words) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setSortByPosition(false);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        StringBuilder chars = new StringBuilder();
        List<TextPosition> owner = new ArrayList<>();
        for (TextPosition t : glyphs) {
            for (char c : t.getUnicode().toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    chars.append(Character.toLowerCase(c));
                    owner.add(t);
                }
            }
        }
        String text = java.text.Normalizer.normalize(chars, java.text.Normalizer.Form.NFC);
        if (text.length() != owner.size()) {
            text = chars.toString(); // decomposed Hangul in the PDF: match as it is
        }
        List<Rectangle2D> out = new ArrayList<>();
        for (String word : words) {
            String w = word.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                for (int i = at; i < at + w.length(); i++) {
                    TextPosition t = owner.get(i);
                    double h = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.8);
                    out.add(new Rectangle2D.Double(t.getXDirAdj(), t.getYDirAdj() - h, t.getWidthDirAdj(), h * 1.25));
                }
            }
        }
        return out;
    }
}
