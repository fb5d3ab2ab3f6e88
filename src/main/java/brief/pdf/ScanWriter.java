package brief.pdf;

import brief.BadInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes a scan of a PDF: each page drawn in grey at a resolution and written, as a JPEG like a scanner's,
 * onto a page of the same size in a new PDF that has no text layer. For measuring OCR on pages whose
 * text is known.
 */
public final class ScanWriter {

    private final PageImages renderer = new PageImages();

    /** Writes the scan of {@code pages} (1-based; empty for all) of {@code pdf} at {@code dpi} to {@code out}. */
    public void write(Path pdf, List<Integer> pages, int dpi, Path out) {
        List<PDRectangle> sizes;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            sizes = IntStream.range(0, doc.getNumberOfPages()).mapToObj(i -> doc.getPage(i).getMediaBox()).toList();
        } catch (IOException e) {
            throw new BadInputException(pdf, "not a readable PDF (" + e.getMessage() + ")", e);
        }
        List<Integer> wanted = pages.isEmpty() ? IntStream.rangeClosed(1, sizes.size()).boxed().toList() : pages;
        try (PDDocument scan = new PDDocument()) {
            renderer.render(pdf, Optional.empty(), wanted, dpi, (n, image) -> add(scan, sizes.get(n - 1), image));
            scan.save(out.toFile());
        } catch (IOException e) {
            throw new BadInputException(out, "cannot write the scan (" + e.getMessage() + ")", e);
        }
    }

    private static void add(PDDocument scan, PDRectangle size, BufferedImage image) {
        PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
        scan.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
            PDImageXObject jpeg = JPEGFactory.createFromImage(scan, image, 0.85f);
            cs.drawImage(jpeg, 0, 0, size.getWidth(), size.getHeight());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot draw a scanned page (" + e.getMessage() + ")", e);
        }
    }
}
