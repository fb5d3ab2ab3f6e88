package brief.pdf;

import brief.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF file to {@link RawDocument}: every glyph with its geometry, page by page. PDFBox lives here
 * only. The file is read into memory whole and closed before this returns.
 */
public final class PdfReader {

    /** Reads {@code file}; a missing, corrupt, encrypted or text-less file throws {@link BadInputException}. */
    public RawDocument read(Path file) {
        byte[] bytes = readBytes(file);
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            GlyphCollector collector = new GlyphCollector();
            collector.getText(pdf);
            List<RawPage> pages = collector.pages;
            if (pages.stream().allMatch(p -> p.glyphs().stream().allMatch(Glyph::isBlank))) {
                throw new BadInputException(file, "no text layer (scanned?)");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new RawDocument(file, sha256(bytes), nonBlank(info.getTitle()), isoDate(info.getCreationDate()),
                    pages, List.of());
        } catch (InvalidPasswordException e) {
            throw new BadInputException(file, "encrypted PDF: a password is needed", e);
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable PDF (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * {@return the text PDFBox's own {@code PDFTextStripper} gives with its defaults} A baseline for the
     * fidelity bench, not used by the pipeline.
     */
    public String plainText(Path file) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(readBytes(file)))) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable PDF (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    private static byte[] readBytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "no such file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new BadInputException(file, "empty file (0 bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static Optional<String> isoDate(Calendar c) {
        return c == null ? Optional.empty()
                : Optional.of(c.toInstant().atZone(c.getTimeZone().toZoneId()).toLocalDate()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Captures each glyph through PDFBox's per-glyph hook instead of its own line and word heuristics,
     * and at the end of each page its ruling lines in a second pass over the page's drawing.
     */
    private static final class GlyphCollector extends PDFTextStripper {
        final List<RawPage> pages = new ArrayList<>();
        private List<Glyph> current = new ArrayList<>();

        GlyphCollector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) {
            current = new ArrayList<>();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String text = t.getUnicode();
            if (text == null || text.isEmpty()) {
                return;
            }
            float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
            current.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                    Math.max(t.getHeightDir(), size * 0.7f), size, Math.round(t.getDir())));
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            PDRectangle box = page.getCropBox();
            List<Rule> rules;
            try {
                rules = new RuleCollector(page).collect();
            } catch (IOException e) {
                throw new IOException("page " + getCurrentPageNo() + ": cannot read its drawing ("
                        + oneLine(e.getMessage()) + ")", e);
            }
            pages.add(new RawPage(getCurrentPageNo(), box.getWidth(), box.getHeight(), current, rules));
        }
    }
}
