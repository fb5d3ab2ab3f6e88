package brief.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned pages come as JPEG 2000 or JBIG2 images as often as JPEG; PDFBox decodes them only through
 * ImageIO plug-ins, and draws a blank page where none is there, which OCR then reads as nothing.
 */
class ScanImageCodecsTest {

    /** A page of the bundled brief, drawn, encoded as JPEG 2000 and put on an image-only page, draws again. */
    @Test
    void aJpeg2000ScanDrawsItsPage(@TempDir Path dir) throws Exception {
        Path brief = Path.of("corpus/fki-global-brief-16.pdf");
        BufferedImage[] page = new BufferedImage[1];
        new PageImages().render(brief, Optional.empty(), List.of(1), 100, (n, image) -> page[0] = image);
        ByteArrayOutputStream jpx = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(page[0], "jpeg2000", jpx), "no JPEG 2000 writer on the class path");

        Path scan = dir.resolve("jpx-scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(jpx.toByteArray()),
                    COSName.JPX_DECODE, page[0].getWidth(), page[0].getHeight(), 8, PDDeviceGray.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(scan.toFile());
        }
        BufferedImage[] drawn = new BufferedImage[1];
        new PageImages().render(scan, Optional.empty(), List.of(1), 100, (n, image) -> drawn[0] = image);
        double original = darkShare(page[0]);
        double again = darkShare(drawn[0]);
        assertTrue(original > 0.01, "the brief's page has ink: " + original);
        assertTrue(Math.abs(again - original) < 0.25 * original,
                "the JPEG 2000 page draws as " + again + " dark, the original " + original);
    }

    @Test
    void jbig2ImagesHaveADecoder() {
        assertTrue(ImageIO.getImageReadersByFormatName("jbig2").hasNext(), "no JBIG2 reader on the class path");
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += (image.getRaster().getSample(x, y, 0) < 128) ? 1 : 0;
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
