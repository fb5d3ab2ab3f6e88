package brief.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brief.BadInputException;
import brief.Pipeline;
import brief.eval.WordScore;
import brief.facts.Mention;
import brief.pdf.PdfReader;
import brief.pdf.RawDocument;
import brief.pdf.ScanWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans made here from the bundled brief: a page without text is read by OCR, named in a warning, and
 * its mentions say so; without Tesseract a scan is refused with a line saying how to install it, and a
 * mixed PDF keeps its text pages.
 */
class PageOcrTest {

    private static final Path BRIEF = Path.of("corpus/fki-global-brief-16.pdf");

    @TempDir
    Path dir;

    private Path scan(List<Integer> pages, int dpi) {
        Path scan = dir.resolve("scan.pdf");
        new ScanWriter().write(BRIEF, pages, dpi, scan);
        return scan;
    }

    @Test
    void withoutTesseractAScanIsRefusedWithTheWayToInstallIt() {
        Path scan = scan(List.of(2), 72);
        RawDocument raw = new PdfReader().read(scan);
        PageOcr none = new PageOcr(300, Optional::empty);
        BadInputException e = assertThrows(BadInputException.class, () -> none.read(raw, scan, Optional.empty()));
        assertEquals("no text layer (scanned?); reading it needs OCR: install Tesseract and its Korean model"
                + " (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-kor)", e.reason());
    }

    @Test
    void pagesWithTextAreLeftAlone() {
        RawDocument raw = new PdfReader().read(BRIEF);
        PageOcr.Result r = new PageOcr(300, () -> { throw new AssertionError("no page needs OCR"); })
                .read(raw, BRIEF, Optional.empty());
        assertEquals(List.of(), r.ocrPages());
        assertEquals(raw, r.document());
    }

    @Test
    void aScannedPageIsReadNamedAndItsMentionsSaySo() throws Exception {
        assumeTrue(Tesseract.available(), "Tesseract with kor and eng models is not installed");
        Path scan = scan(List.of(2), 150);
        Pipeline.Result r = new Pipeline(150).process(scan, "scan.pdf", Optional.of("2025-06-01"));
        assertTrue(r.warnings().contains("page(s) 1 read by OCR (Tesseract kor+eng, 150 dpi); their text may hold"
                + " misread characters"), r.warnings().toString());
        String page2 = Files.readString(Path.of("corpus/fki-global-brief-16.pdf.txt")); // whole brief as layout gives it
        WordScore w = WordScore.of(r.text().text(), page2);
        assertTrue(w.precision() > 0.5, w.toString()); // most OCR words are words of the brief
        List<Mention> mentions = Stream.of(r.facts().firms().stream().flatMap(f -> f.mentions().stream()),
                r.facts().dates().stream().flatMap(d -> d.mentions().stream())).flatMap(s -> s).toList();
        assertTrue(!mentions.isEmpty(), r.text().text());
        assertTrue(mentions.stream().allMatch(m -> m.readBy().equals(Optional.of("ocr"))), mentions.toString());
    }

    @Test
    void aBlankPdfIsRefusedAsBlankNotAsAScan() throws Exception {
        assumeTrue(Tesseract.available(), "Tesseract with kor and eng models is not installed");
        Path blank = dir.resolve("blank.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(blank.toFile());
        }
        BadInputException e = assertThrows(BadInputException.class,
                () -> new Pipeline().process(blank, "blank.pdf", Optional.empty()));
        assertEquals("no text: its pages are blank or hold only pictures (no text layer, and OCR read no words on them)",
                e.reason());
    }
}
