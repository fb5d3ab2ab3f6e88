package brief.pdf;

import brief.BadInputException;
import brief.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDF file to {@link RawDocument}: every glyph with its geometry, page by page. PDFBox lives here
 * only. The file is read into memory whole and closed before this returns. Hostile files are bounded:
 * decoded streams live in at most {@link #MAIN_MEMORY} of heap and {@link #SCRATCH} of temporary file,
 * a document may have at most {@code maxPages} pages and must be read within {@code timeout}; a page
 * whose glyphs mostly decode to nothing or to private-use garbage (a font without a usable ToUnicode
 * map) is left out with a warning rather than indexed as nonsense.
 */
public final class PdfReader {

    static final long MAIN_MEMORY = 64L << 20;
    static final long SCRATCH = 1L << 30;
    /** Share of a page's glyphs that may fail to decode before the page is refused. */
    static final double MAX_UNMAPPED = 0.3;

    /**
     * How to read: the password of an encrypted PDF, and the bounds on work. A file's time budget is
     * {@code timeout} plus {@code perPage} for each of its pages, so a long healthy PDF is read whole
     * while a short hostile one is still stopped early.
     */
    public record Options(Optional<String> password, Duration timeout, int maxPages, Duration perPage) {
        /** Half a second a page: reading takes a few hundredths of that on a healthy page. */
        public static final Duration PER_PAGE = Duration.ofMillis(500);
        public static final Options DEFAULT = new Options(Optional.empty(), Duration.ofSeconds(60), 2000);

        public Options {
            if (timeout.isNegative() || timeout.isZero() || maxPages < 1 || perPage.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, maxPages at least 1 and perPage not"
                        + " negative: " + timeout + ", " + maxPages + ", " + perPage);
            }
        }

        public Options(Optional<String> password, Duration timeout, int maxPages) {
            this(password, timeout, maxPages, PER_PAGE);
        }

        /** {@return the time a file of {@code pages} pages may take to read} */
        public Duration budget(int pages) {
            return timeout.plus(perPage.multipliedBy(Math.max(0, pages)));
        }
    }

    /**
     * {@return the number of pages of {@code file}, from a light look (no text is read), or 0 when it
     * cannot be opened} {@link #read} then says why; this only sizes a time budget.
     */
    public static int pageCount(Path file, Options options) {
        try (PDDocument pdf = Loader.loadPDF(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()),
                options.password().orElse(""), MemoryUsageSetting.setupMixed(MAIN_MEMORY, SCRATCH).streamCache)) {
            return pdf.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Reads {@code file} with the default options. */
    public RawDocument read(Path file) {
        return read(file, Options.DEFAULT);
    }

    /** Reads {@code file}; a missing, corrupt, encrypted or text-less file throws {@link BadInputException}. */
    public RawDocument read(Path file, Options options) {
        long started = System.nanoTime();
        byte[] bytes = readBytes(file);
        List<String> warnings = new ArrayList<>();
        brokenXref(bytes).ifPresent(warnings::add);
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), options.password().orElse(""),
                MemoryUsageSetting.setupMixed(MAIN_MEMORY, SCRATCH).streamCache)) {
            if (pdf.getNumberOfPages() > options.maxPages()) {
                throw new BadInputException(file, "too many pages (" + pdf.getNumberOfPages() + "; at most "
                        + options.maxPages() + ")");
            }
            Duration budget = options.budget(pdf.getNumberOfPages());
            GlyphCollector collector = new GlyphCollector(started + budget.toNanos(), budget);
            collector.getText(pdf);
            List<RawPage> pages = new ArrayList<>();
            int refused = 0;
            for (RawPage page : collector.pages) {
                int unmapped = collector.unmapped.getOrDefault(page.number(), 0);
                int total = unmapped + (int) page.glyphs().stream().filter(g -> !g.isBlank()).count();
                if (mostlyUndecodable(unmapped, total)) {
                    refused++;
                    warnings.add("page " + page.number() + ": " + unmapped + " of " + total + " glyphs do not decode"
                            + " (a font without a usable ToUnicode map?); page left out");
                    page = new RawPage(page.number(), page.width(), page.height(), List.of(), page.rules());
                } else if (collector.leftOut.containsKey(page.number())) {
                    LeftOut out = collector.leftOut.get(page.number());
                    warnings.add("page " + page.number() + ": " + out.glyphs() + " glyphs in font " + String.join(", ", out.fonts())
                            + " do not decode (no usable ToUnicode map: equations or symbols?); left out, the rest"
                            + " of the page kept");
                }
                pages.add(page);
            }
            // a scan without damage goes on to OCR (brief.ocr.PageOcr), which reads or refuses it
            boolean scan = refused == 0 && warnings.isEmpty();
            if (!scan && pages.stream().allMatch(p -> p.glyphs().stream().allMatch(Glyph::isBlank))) {
                String damage = warnings.isEmpty() || refused > 0 && warnings.size() == refused ? ""
                        : "; the file is damaged (" + warnings.get(0) + ")";
                throw new BadInputException(file, (refused > 0
                        ? "no usable text: the fonts of its pages have no usable ToUnicode map"
                        : "no text layer (scanned?)") + damage);
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            List<String> tools = java.util.stream.Stream.of(info.getCreator(), info.getProducer())
                    .map(PdfReader::nonBlank).flatMap(Optional::stream).toList();
            return new RawDocument(file, Hashes.sha256(bytes), nonBlank(info.getTitle()), isoDate(info.getCreationDate()),
                    pages, warnings, tools);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(file, options.password().isPresent()
                    ? "encrypted PDF: the password given does not open it"
                    : "encrypted PDF: a password is needed (--password)", e);
        } catch (DeadlineExceeded e) {
            throw new BadInputException(file, "reading took longer than " + e.budget.toSeconds()
                    + " s (--timeout, --page-timeout); stopped at page " + e.page, e);
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable PDF (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * {@return a warning when the file's {@code startxref} does not point at a cross-reference table}
     * PDFBox then rebuilds the table by scanning the file, which usually works: the reader says so.
     */
    static Optional<String> brokenXref(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        int at = tail.lastIndexOf("startxref");
        if (at < 0) {
            return Optional.of("no startxref: cross-reference table rebuilt by scanning the file");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("startxref\\s+(\\d+)").matcher(tail.substring(at));
        if (!m.lookingAt()) {
            return Optional.of("startxref without an offset: cross-reference table rebuilt by scanning the file");
        }
        long offset = Long.parseLong(m.group(1));
        if (offset >= bytes.length) {
            return Optional.of("startxref points past the end: cross-reference table rebuilt by scanning the file");
        }
        String head = new String(bytes, (int) offset, (int) Math.min(20, bytes.length - offset),
                StandardCharsets.ISO_8859_1);
        return head.startsWith("xref") || head.matches("(?s)\\s*\\d+\\s+\\d+\\s+obj.*") ? Optional.empty()
                : Optional.of("broken cross-reference table: rebuilt by scanning the file");
    }

    /** Thrown from inside the glyph hooks when a document's time is up. */
    private static final class DeadlineExceeded extends RuntimeException {
        final int page;
        final Duration budget;

        DeadlineExceeded(int page, Duration budget) {
            super("deadline exceeded at page " + page, null, false, false);
            this.page = page;
            this.budget = budget;
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

    /** A page's glyphs left out because their fonts do not decode: how many, and the fonts' names. */
    record LeftOut(int glyphs, List<String> fonts) {
    }

    /**
     * {@return whether more than {@link #MAX_UNMAPPED} of {@code all} glyphs (a page's, or one font's on
     * it) do not decode}
     */
    static boolean mostlyUndecodable(int undecodable, long all) {
        return all > 0 && undecodable > MAX_UNMAPPED * all;
    }

    /**
     * Captures each glyph through PDFBox's per-glyph hook instead of its own line and word heuristics,
     * and at the end of each page its ruling lines in a second pass over the page's drawing.
     */
    private static final class GlyphCollector extends PDFTextStripper {
        final List<RawPage> pages = new ArrayList<>();
        final java.util.Map<Integer, Integer> unmapped = new java.util.HashMap<>();
        /** By page, the glyphs left out because their font mostly does not decode, where other fonts do. */
        final java.util.Map<Integer, LeftOut> leftOut = new java.util.HashMap<>();
        /** The current page's fonts: glyphs shown, glyphs that did not decode. */
        private final java.util.Map<PDFont, int[]> fontCounts = new java.util.IdentityHashMap<>();
        private List<PDFont> currentFonts = new ArrayList<>();
        private final long deadline;
        private final Duration budget;
        private List<DrawnGlyph> current = new ArrayList<>();
        private float cropLeft;
        private float cropBottom;

        GlyphCollector(long deadline, Duration budget) throws IOException {
            this.deadline = deadline;
            this.budget = budget;
            setSortByPosition(false);
        }

        private void checkTime() {
            if (System.nanoTime() > deadline) {
                throw new DeadlineExceeded(getCurrentPageNo(), budget);
            }
        }

        @Override
        protected void startPage(PDPage page) {
            checkTime();
            current = new ArrayList<>();
            currentFonts = new ArrayList<>();
            fontCounts.clear();
            cropLeft = page.getCropBox().getLowerLeftX();
            cropBottom = page.getCropBox().getLowerLeftY();
        }

        /** Set while PDFBox shows a glyph its font cannot map to Unicode. */
        private boolean unmappedGlyph;

        /**
         * Counts glyphs whose font has no Unicode for them. PDFBox drops those of composite fonts
         * silently and shows those of simple fonts as their raw code (so garbage looks like letters);
         * both count as unmapped, and the raw codes are not kept.
         */
        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            unmappedGlyph = font.toUnicode(code) == null;
            int[] counts = fontCounts.computeIfAbsent(font, f -> new int[2]);
            counts[0]++;
            if (unmappedGlyph) {
                unmapped.merge(getCurrentPageNo(), 1, Integer::sum);
                counts[1]++;
            }
            try {
                super.showGlyph(matrix, font, code, displacement);
            } finally {
                unmappedGlyph = false;
            }
        }

        /**
         * Keeps the glyph's geometry from the full text rendering matrix. PDFBox's own figures do not
         * survive every producer: {@code getFontSizeInPt} scales {@code Tf} by the text matrix only, so
         * under Hancom PDF's {@code 0.12 0 0 -0.12 0 841 cm} a 12 pt glyph set as {@code /F1 100 Tf}
         * reads as 100 pt, and the {@code DirAdj} coordinates are turned by the text direction, not the
         * page's {@code /Rotate}. The matrix itself ({@code getTextMatrix}, cropped as PDFBox keeps it)
         * and the advance's end point hold the truth.
         */
        @Override
        protected void processTextPosition(TextPosition t) {
            checkTime();
            if (unmappedGlyph) {
                return;
            }
            String text = t.getUnicode();
            if (text == null || text.isEmpty() || undecodable(text)) {
                unmapped.merge(getCurrentPageNo(), 1, Integer::sum);
                fontCounts.computeIfAbsent(t.getFont(), f -> new int[2])[1]++;
                return;
            }
            text = SymbolFonts.text(t.getFont().getName(), text);
            Matrix m = t.getTextMatrix();
            double em = emOf(t.getFont());
            current.add(new DrawnGlyph(text, m.getTranslateX() + cropLeft, m.getTranslateY() + cropBottom,
                    t.getEndX() + cropLeft, t.getEndY() + cropBottom, m.getShearX() * em, m.getScaleY() * em,
                    t.getHeightDir()));
            currentFonts.add(t.getFont());
        }

        /**
         * {@return how many text space units a font's em takes} One for every font whose glyphs are drawn
         * in 1000 units a text unit (all but Type 3). A Type 3 font's matrix may carry the size instead
         * of {@code Tf} (glyphs of 50 units under {@code 1 0 0 1}, shown at {@code 1 Tf}): its bounding
         * box in text space then says how big its em is; a box of about one unit means {@code Tf} is the size.
         */
        static double emOf(PDFont font) {
            if (!(font instanceof PDType3Font type3)) {
                return 1;
            }
            try {
                org.apache.pdfbox.pdmodel.common.PDRectangle box = type3.getFontBBox();
                Matrix fm = type3.getFontMatrix();
                if (box == null || fm == null) {
                    return 1;
                }
                double h = Math.hypot(fm.getShearX() * box.getHeight(), fm.getScaleY() * box.getHeight());
                return h > 0.4 && h < 2.5 || !(h > 0) || !Double.isFinite(h) ? 1 : h;
            } catch (RuntimeException e) {
                return 1;
            }
        }

        /**
         * Takes out of the current page the glyphs of each font whose glyphs mostly do not decode, when
         * another font's glyphs on the page do: Hancom PDF sets equations in a font of its own (HyhwpEQ)
         * whose ToUnicode maps few of them, beside the Korean text of the same page, and a page refused
         * whole for its equations lost that text. Only a page that would be refused is looked at (one
         * whose undecodable glyphs are few keeps its decodable ones, as before); one whose every font
         * fails is still refused.
         */
        private void leaveOutUndecodableFonts() {
            int pageUnmapped = unmapped.getOrDefault(getCurrentPageNo(), 0);
            long shown = current.stream().filter(g -> !g.text().isBlank()).count();
            if (!mostlyUndecodable(pageUnmapped, pageUnmapped + shown)) {
                return; // the page stands; its few undecodable glyphs are dropped one by one, as they came
            }
            java.util.Set<PDFont> bad = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            fontCounts.forEach((font, c) -> {
                if (mostlyUndecodable(c[1], c[0])) {
                    bad.add(font);
                }
            });
            if (bad.isEmpty()) {
                return;
            }
            List<DrawnGlyph> kept = new ArrayList<>();
            List<PDFont> keptFonts = new ArrayList<>();
            int dropped = 0;
            for (int i = 0; i < current.size(); i++) {
                if (bad.contains(currentFonts.get(i))) {
                    dropped++;
                } else {
                    kept.add(current.get(i));
                    keptFonts.add(currentFonts.get(i));
                }
            }
            if (kept.stream().allMatch(g -> g.text().isBlank())) {
                return;
            }
            int badUnmapped = 0;
            List<String> names = new ArrayList<>();
            for (PDFont font : bad) {
                badUnmapped += fontCounts.get(font)[1];
                names.add(fontName(font));
            }
            java.util.Collections.sort(names);
            unmapped.merge(getCurrentPageNo(), -badUnmapped, Integer::sum);
            leftOut.put(getCurrentPageNo(), new LeftOut(dropped + badUnmapped, names));
            current = kept;
            currentFonts = keptFonts;
        }

        /** A font's name without its subset tag ({@code INPILL+HyhwpEQ} is {@code HyhwpEQ}). */
        private static String fontName(PDFont font) {
            String name = font.getName();
            if (name == null) {
                return "(unnamed)";
            }
            return name.matches("[A-Z]{6}\\+.+") ? name.substring(7) : name;
        }

        /** U+FFFD or private-use code points: what a glyph without a Unicode mapping decodes to. */
        private static boolean undecodable(String text) {
            return text.codePoints().anyMatch(c -> c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            PDRectangle box = page.getCropBox();
            PageFrame frame = ReadingFrame.of(PageFrame.of(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(),
                    box.getHeight(), page.getRotation()), current);
            List<Rule> rules;
            try {
                rules = new RuleCollector(page, frame).collect();
            } catch (IOException e) {
                throw new IOException("page " + getCurrentPageNo() + ": cannot read its drawing ("
                        + oneLine(e.getMessage()) + ")", e);
            }
            leaveOutUndecodableFonts();
            List<Glyph> glyphs = current.stream().map(g -> g.in(frame)).toList();
            pages.add(new RawPage(getCurrentPageNo(), frame.width(), frame.height(), glyphs, rules));
        }
    }
}
