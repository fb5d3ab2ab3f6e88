package brief.ocr;

import brief.BadInputException;
import brief.pdf.Glyph;
import brief.pdf.PageImages;
import brief.pdf.RawDocument;
import brief.pdf.RawPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Scanned pages by OCR: a page with no text (no text layer, or an empty one) is drawn at {@value #DPI}
 * dpi by PDFBox, read by Tesseract, and its words replace its glyphs, so the layout stage treats it like
 * any other page; pages with text are left alone (a mixed PDF OCRs only what needs it). A warning names
 * the pages read by OCR. Without Tesseract, a PDF with no text at all is refused with a line saying how
 * to install it; a mixed one keeps its text pages and a warning names the pages left unread.
 */
public final class PageOcr {

    /** Resolution pages are drawn at for OCR: Tesseract's models are trained on text of about 300 dpi. */
    public static final int DPI = 300;

    /** The document with its scanned pages read, and which pages those were. */
    public record Result(RawDocument document, List<Integer> ocrPages) {
        public Result {
            ocrPages = List.copyOf(ocrPages);
        }
    }

    private final PageImages renderer = new PageImages();
    private final int dpi;
    private final Supplier<Optional<Tesseract>> engines;

    public PageOcr() {
        this(DPI, Tesseract::open);
    }

    /**
     * @param dpi     the resolution to draw pages at for OCR
     * @param engines opens an engine for one document, empty when Tesseract is not installed
     */
    public PageOcr(int dpi, Supplier<Optional<Tesseract>> engines) {
        this.dpi = dpi;
        this.engines = engines;
    }

    /** {@return {@code raw} with every page that has no text read by OCR} */
    public Result read(RawDocument raw, Path pdf, Optional<String> password) {
        List<Integer> blank = raw.pages().stream().filter(p -> p.glyphs().stream().allMatch(Glyph::isBlank))
                .map(RawPage::number).toList();
        if (blank.isEmpty()) {
            return new Result(raw, List.of());
        }
        Optional<Tesseract> engine = engines.get();
        if (engine.isEmpty()) {
            if (blank.size() == raw.pages().size()) {
                throw new BadInputException(pdf, "no text layer (scanned?); reading it needs OCR: " + Tesseract.INSTALL);
            }
            return new Result(raw.withPages(raw.pages(), "page(s) " + list(blank) + " have no text layer and were not"
                    + " read; OCR needs Tesseract: " + Tesseract.INSTALL), List.of());
        }
        Map<Integer, RawPage> read = new HashMap<>();
        Map<Integer, RawPage> byNumber = raw.pages().stream().collect(Collectors.toMap(RawPage::number, p -> p));
        try (Tesseract tesseract = engine.get()) {
            renderer.render(pdf, password, blank, dpi, (n, image) -> {
                RawPage old = byNumber.get(n);
                read.put(n, new RawPage(n, old.width(), old.height(), OcrGlyphs.of(tesseract.words(image, dpi), dpi),
                        List.of()));
            });
        }
        List<RawPage> pages = new ArrayList<>();
        for (RawPage p : raw.pages()) {
            pages.add(read.getOrDefault(p.number(), p));
        }
        return new Result(raw.withPages(pages, "page(s) %s read by OCR (Tesseract %s, %d dpi); their text may hold"
                .formatted(list(blank), Tesseract.LANGUAGES, dpi) + " misread characters"), blank);
    }

    private static String list(List<Integer> pages) {
        return pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
