package brief.pdf;

import brief.BadInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages of a PDF as grey images, for OCR and for making scans in tests. The PDF is opened once per
 * call; each page is handed over as soon as it is drawn, so only one image is held at a time.
 */
public final class PageImages {

    /**
     * Renders {@code pages} (1-based) at {@code dpi} in 8-bit grey and gives each to {@code each}.
     *
     * @throws BadInputException when the PDF cannot be opened or a page cannot be drawn
     */
    public void render(Path pdf, Optional<String> password, List<Integer> pages, int dpi,
                       BiConsumer<Integer, BufferedImage> each) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), password.orElse(""))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page : pages) {
                each.accept(page, renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY));
            }
        } catch (IOException e) {
            throw new BadInputException(pdf, "cannot draw its pages for OCR (" + e.getMessage() + ")", e);
        }
    }
}
