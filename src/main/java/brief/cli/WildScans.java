package brief.cli;

import brief.eval.PassageAligner;
import brief.eval.ReferencePassage;
import brief.eval.WordScore;
import brief.nlp.NoriWrapJudge;
import brief.ocr.PageOcr;
import brief.pdf.PdfReader;
import brief.pdf.RawDocument;
import brief.pdf.ScanWriter;
import brief.text.CleanText;
import brief.text.LayoutAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * OCR measured on scans of PDFs with hand-typed reference passages ({@code <name>.ref.txt}, as the
 * wild fidelity bench reads them): the pages that have passages are drawn at a resolution and written
 * as an image-only PDF ({@link ScanWriter}), read back through OCR as ingest reads any scan (drawn at
 * {@link PageOcr#DPI} dpi whatever the scan's resolution) and the layout stage, and each
 * passage is scored against its page of that text ({@link PassageAligner}), micro-averaged over the PDF.
 */
final class WildScans {

    /** One PDF at one resolution: pages scanned, passages, their summed score, seconds of reading. */
    record Row(Path pdf, int dpi, int pages, int passages, WordScore score, double seconds) { }

    private final PdfReader reader = new PdfReader();
    private final LayoutAnalyzer layout = new LayoutAnalyzer(new NoriWrapJudge());
    private final PassageAligner aligner = new PassageAligner();

    /** {@return the row of {@code pdf}, scanned at {@code dpi} into {@code scan}, against its passages} */
    Row measure(Path pdf, Path reference, int dpi, Path scan) {
        List<ReferencePassage> passages = ReferencePassage.read(reference);
        List<Integer> pages = passages.stream().map(ReferencePassage::page).distinct().sorted().toList();
        new ScanWriter().write(pdf, pages, dpi, scan);
        long t0 = System.nanoTime();
        RawDocument raw = reader.read(scan);
        RawDocument read = new PageOcr().read(raw, scan, Optional.empty()).document(); // as ingest reads it
        CleanText clean = layout.clean(read);
        double seconds = (System.nanoTime() - t0) / 1e9;
        WordScore sum = WordScore.ZERO;
        for (ReferencePassage p : passages) {
            // page n of the original is page (its place among the scanned pages) of the scan
            sum = sum.plus(aligner.score(p.text(), clean.pageText(pages.indexOf(p.page()) + 1)));
        }
        return new Row(pdf, dpi, pages.size(), passages.size(), sum, seconds);
    }
}
