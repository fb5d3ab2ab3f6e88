package brief.pdf;

import brief.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's own {@code PDFTextStripper} with its defaults, page by page: a baseline for the fidelity
 * bench (what a user of plain PDFBox gets), not used by the pipeline. The document is opened and
 * closed by each call.
 */
public final class PlainPages {

    /** {@return the text of each page of {@code file}, first page first} */
    public List<String> pages(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    /** {@return how many pages {@code file} has} */
    public int count(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}
