package brief.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken, hostile and protected PDFs, each made by the test from the corpus PDF or from nothing: the
 * reader either reads what can be read (and says what it repaired) or refuses with one reason.
 */
class BadPdfTest {

    static final Path GOOD = Path.of("corpus/fki-global-brief-16.pdf");

    @TempDir
    Path tmp;

    private final PdfReader reader = new PdfReader();

    private String refusal(Path file, PdfReader.Options options) {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file, options));
        assertEquals(file.toString(), e.input());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.reason();
    }

    private String refusal(Path file) {
        return refusal(file, PdfReader.Options.DEFAULT);
    }

    @Test
    void randomBytesAreNotAPdf() throws Exception {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path f = Files.write(tmp.resolve("junk.pdf"), junk);
        assertTrue(refusal(f).startsWith("not a readable PDF"), refusal(f));
    }

    @Test
    void aTextFileNamedPdfIsNotAPdf() throws Exception {
        Path f = Files.writeString(tmp.resolve("notes.pdf"), "회의록: 반도체 보조금 논의\n");
        assertTrue(refusal(f).startsWith("not a readable PDF"));
    }

    @Test
    void aPdfCutShortIsReadAsFarAsItGoesOrRefused() throws Exception {
        byte[] all = Files.readAllBytes(GOOD);
        Path f = Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(all, all.length / 3));
        try {
            RawDocument doc = reader.read(f);
            assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("cross-reference")), doc.warnings().toString());
        } catch (BadInputException e) {
            assertTrue(e.reason().startsWith("not a readable PDF") || e.reason().contains("the file is damaged"), e.reason());
        }
    }

    @Test
    void aBrokenCrossReferenceTableIsRebuiltAndSaidSo() throws Exception {
        String pdf = new String(Files.readAllBytes(GOOD), StandardCharsets.ISO_8859_1);
        int at = pdf.lastIndexOf("startxref");
        String broken = pdf.substring(0, at) + "startxref\n123\n%%EOF\n";
        Path f = Files.write(tmp.resolve("xref.pdf"), broken.getBytes(StandardCharsets.ISO_8859_1));
        RawDocument doc = reader.read(f);
        assertEquals(3, doc.pages().size());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("broken cross-reference table")), doc.warnings().toString());
    }

    private Path encrypted(String userPassword) throws Exception {
        Path f = tmp.resolve("locked-" + userPassword.length() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(GOOD.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        return f;
    }

    @Test
    void anEmptyUserPasswordOpensWithoutAsking() throws Exception {
        assertEquals(3, reader.read(encrypted("")).pages().size());
    }

    @Test
    void aUserPasswordIsAskedForAndUsed() throws Exception {
        Path f = encrypted("hunter2");
        assertEquals("encrypted PDF: a password is needed (--password)", refusal(f));
        PdfReader.Options wrong = new PdfReader.Options(Optional.of("nope"), Duration.ofSeconds(60), 2000);
        assertEquals("encrypted PDF: the password given does not open it", refusal(f, wrong));
        PdfReader.Options right = new PdfReader.Options(Optional.of("hunter2"), Duration.ofSeconds(60), 2000);
        assertEquals(3, reader.read(f, right).pages().size());
    }

    @Test
    void aScanHasNoTextLayer() throws Exception {
        Path f = tmp.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] gray = new byte[200 * 200];
            Arrays.fill(gray, (byte) 200);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                    new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 50);
            }
            doc.save(f.toFile());
        }
        // the reader hands a scan on to OCR (brief.ocr.PageOcr, tested in brief.ocr.PageOcrTest) with no glyphs
        assertTrue(reader.read(f).pages().get(0).glyphs().isEmpty());
    }

    /** Removing ToUnicode from the corpus fonts is repaired by PDFBox from the fonts' own cmaps. */
    @Test
    void aMissingToUnicodeMapIsRepairedFromTheEmbeddedFont() throws Exception {
        Path f = tmp.resolve("no-tounicode.pdf");
        try (PDDocument doc = Loader.loadPDF(GOOD.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    COSDictionary dict = page.getResources().getFont(name).getCOSObject();
                    dict.removeItem(COSName.TO_UNICODE);
                }
            }
            doc.save(f.toFile());
        }
        RawDocument d = reader.read(f);
        String text = d.pages().get(0).glyphs().stream().map(Glyph::text).reduce("", String::concat);
        assertTrue(text.contains("전기차부터"), text.substring(0, Math.min(80, text.length())));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    /**
     * A font whose glyph names mean nothing (no ToUnicode, no standard names): its text cannot be
     * decoded, so the page is refused with a warning rather than indexed as garbage.
     */
    @Test
    void glyphsThatDecodeToNothingAreRefusedNotIndexedAsGarbage() throws Exception {
        Path f = withAGarbageFont("garbage.pdf",
                "BT /F1 12 Tf 72 700 Td (ABCDEFGHIJ KLMNOPQRST) Tj 0 -20 Td (UVWXYZ ABCDEF) Tj ET");
        assertEquals("no usable text: the fonts of its pages have no usable ToUnicode map", refusal(f));
    }

    /**
     * A page whose formulas are set in a font that does not decode (Hancom PDF's equation font) beside
     * text in one that does: the formulas' glyphs are left out with a warning, the text is kept, where
     * the whole page used to be refused for them.
     */
    @Test
    void aFontThatDoesNotDecodeIsLeftOutAndTheRestOfThePageKept() throws Exception {
        Path f = withAGarbageFont("formulas.pdf", "BT /F2 12 Tf 72 700 Td (For every natural number) Tj ET"
                + " BT /F1 12 Tf 240 700 Td (ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJ) Tj ET"
                + " BT /F2 12 Tf 72 680 Td (the sum is odd.) Tj ET");
        RawDocument d = reader.read(f);
        String text = d.pages().get(0).glyphs().stream().map(Glyph::text).reduce("", String::concat);
        assertTrue(text.contains("Foreverynaturalnumber") || text.contains("For every natural number"), text);
        assertTrue(text.contains("odd."), text);
        assertFalse(text.contains("ABC"), "the undecodable font's glyphs were kept: " + text);
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).startsWith("page 1: ") && d.warnings().get(0).contains("in font Helvetica")
                && d.warnings().get(0).contains("left out, the rest of the page kept"), d.warnings().get(0));
    }

    /**
     * {@return a one-page PDF whose font F1 has glyph names that mean nothing (no ToUnicode, no standard
     * names) and F2 is Helvetica, showing {@code content}}
     */
    private Path withAGarbageFont(String name, String content) throws Exception {
        Path f = tmp.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.cos.COSArray differences = new org.apache.pdfbox.cos.COSArray();
            differences.add(org.apache.pdfbox.cos.COSInteger.get(65));
            for (int i = 0; i < 26; i++) {
                differences.add(COSName.getPDFName("x" + (100 + i) + "q"));
            }
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "Helvetica");
            font.setItem(COSName.ENCODING, encoding);
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            fonts.setItem(COSName.getPDFName("F2"),
                    new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA).getCOSObject());
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            doc.save(f.toFile());
        }
        return f;
    }

    @Test
    void tooManyPagesAreRefusedBeforeReading() throws Exception {
        Path f = tmp.resolve("pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 60; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(f.toFile());
        }
        PdfReader.Options few = new PdfReader.Options(Optional.empty(), Duration.ofSeconds(60), 50);
        assertEquals("too many pages (60; at most 50)", refusal(f, few));
    }

    /** A content stream of a few hundred kilobytes that inflates to 400 MB of operators. */
    @Test
    void aDecompressionBombStopsAtTheDeadlineWithinBoundedMemory() throws Exception {
        Path f = tmp.resolve("bomb.pdf");
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] chunk = "0 0 m 1 1 l S\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream z = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (long written = 0; written < 400L << 20; written += chunk.length) {
                z.write(chunk);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream stream = new PDStream(doc, new java.io.ByteArrayInputStream(packed.toByteArray()), COSName.FLATE_DECODE);
            page.setContents(stream);
            doc.save(f.toFile());
        }
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        PdfReader.Options quick = new PdfReader.Options(Optional.empty(), Duration.ofSeconds(3), 2000);
        // stopped at the deadline, or read in time: a page without text, handed on to OCR (brief.ocr.PageOcr)
        String reason;
        try {
            reason = reader.read(f, quick).pages().get(0).glyphs().isEmpty() ? "no text layer" : "text?";
        } catch (BadInputException e) {
            reason = e.reason();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(reason.startsWith("reading took longer than 3 s") || reason.startsWith("no text layer"), reason);
        assertTrue(seconds < 60, "took " + seconds + " s");
        long grown = (rt.totalMemory() - rt.freeMemory()) - before;
        assertTrue(grown < 600L << 20, "heap grew by " + (grown >> 20) + " MB");
    }
}
