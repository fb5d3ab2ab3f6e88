package brief.ocr;

import brief.pdf.Glyph;
import brief.pdf.OutlineFinder;
import brief.pdf.OutlineFinder.OutlinedLine;
import brief.pdf.PageImages;
import brief.pdf.RawDocument;
import brief.pdf.RawPage;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Text drawn as vector outlines, read by OCR: the lines {@link OutlineFinder} finds on pages that have a
 * text layer are cut from the page drawn at {@value PageOcr#DPI} dpi, read by Tesseract, and their words
 * join the page's glyphs where they stand, so the layout stage puts them in reading order. A warning
 * names the pages; without Tesseract the pages keep their text layer and a warning says what was left
 * unread and how to install it.
 */
public final class OutlineOcr {

    /** The document with its outlined lines read, and the pages they were on. */
    public record Result(RawDocument document, List<Integer> ocrPages) {
        public Result {
            ocrPages = List.copyOf(ocrPages);
        }
    }

    /**
     * Below this mean confidence (0 to 100, words weighed by their length) an outlined "line" is a
     * drawing read as letters — a logo, an icon beside a heading — and adds nothing: Tesseract gives
     * real outlined text 85–95 and such drawings 55–70.
     */
    static final double MIN_LINE_CONFIDENCE = 75;
    /**
     * A line of which more than this share of words is read below {@link #UNSURE} is a drawing too, however
     * sure the rest: a chart's curves read as {@code UNN}, {@code gN}, {@code so} at 90 and as single
     * syllables at 15–50 (odl-db-china's price chart), where real text has one or two unsure words in twenty.
     */
    static final double MAX_UNSURE_SHARE = 0.25;
    static final float UNSURE = 60;

    /** The readings of a cut as one line and as a block share at least this part of the longer one's letters. */
    static final double MIN_AGREEMENT = 0.5;

    /** Room left around a line when it is cut from the page, in line heights. */
    static final float MARGIN = 0.3f;

    private final OutlineFinder finder = new OutlineFinder();
    private final PageImages renderer = new PageImages();
    private final int dpi;
    private final Supplier<Optional<Tesseract>> engines;

    public OutlineOcr() {
        this(PageOcr.DPI, Tesseract::open);
    }

    public OutlineOcr(int dpi, Supplier<Optional<Tesseract>> engines) {
        this.dpi = dpi;
        this.engines = engines;
    }

    /** {@return {@code raw} with the outlined text of its pages (but {@code skip}, read already) read by OCR} */
    public Result read(RawDocument raw, Path pdf, Optional<String> password, List<Integer> skip) {
        List<RawPage> candidates = raw.pages().stream().filter(p -> !skip.contains(p.number()))
                .filter(p -> p.glyphs().stream().anyMatch(g -> !g.isBlank())).toList();
        if (candidates.isEmpty()) {
            return new Result(raw, List.of());
        }
        Map<Integer, List<OutlinedLine>> lines = finder.find(pdf, password, candidates).stream()
                .collect(Collectors.groupingBy(OutlinedLine::page));
        if (lines.isEmpty()) {
            return new Result(raw, List.of());
        }
        List<Integer> numbers = lines.keySet().stream().sorted().toList();
        Optional<Tesseract> engine = engines.get();
        if (engine.isEmpty()) {
            return new Result(raw.withPages(raw.pages(), "page(s) " + list(numbers) + " hold text drawn as outlines, not"
                    + " read; reading it needs OCR: " + Tesseract.INSTALL), List.of());
        }
        Map<Integer, List<Glyph>> read = new HashMap<>();
        try (Tesseract tesseract = engine.get()) {
            renderer.render(pdf, password, numbers, dpi, (n, image) -> {
                List<Glyph> glyphs = new ArrayList<>();
                for (OutlinedLine line : lines.get(n)) {
                    glyphs.addAll(read(tesseract, image, line));
                }
                read.put(n, glyphs);
            });
        }
        List<RawPage> pages = new ArrayList<>();
        for (RawPage p : raw.pages()) {
            List<Glyph> more = read.getOrDefault(p.number(), List.of());
            if (more.isEmpty()) {
                pages.add(p);
            } else {
                List<Glyph> glyphs = new ArrayList<>(p.glyphs());
                glyphs.addAll(more);
                pages.add(new RawPage(p.number(), p.width(), p.height(), glyphs, p.rules()));
            }
        }
        List<Integer> readPages = numbers.stream().filter(n -> !read.getOrDefault(n, List.of()).isEmpty()).toList();
        if (readPages.isEmpty()) {
            return new Result(raw, List.of()); // what looked like outlined text was drawings
        }
        return new Result(raw.withPages(pages, "page(s) %s: text drawn as outlines read by OCR (Tesseract %s, %d dpi);"
                .formatted(list(readPages), Tesseract.LANGUAGES, dpi) + " it may hold misread characters"), readPages);
    }

    /** {@return the glyphs Tesseract reads in {@code line}, cut from the page image, in page space} */
    private List<Glyph> read(Tesseract tesseract, BufferedImage page, OutlinedLine line) {
        float px = dpi / 72f;
        float margin = MARGIN * (line.bottom() - line.top());
        int left = Math.max(0, (int) Math.floor((line.left() - margin) * px));
        int top = Math.max(0, (int) Math.floor((line.top() - margin) * px));
        int right = Math.min(page.getWidth(), (int) Math.ceil((line.right() + margin) * px));
        int bottom = Math.min(page.getHeight(), (int) Math.ceil((line.bottom() + margin) * px));
        if (right - left < 2 || bottom - top < 2) {
            return List.of();
        }
        BufferedImage cut = new BufferedImage(right - left, bottom - top, BufferedImage.TYPE_BYTE_GRAY);
        cut.getRaster().setRect(-left, -top, page.getRaster().createChild(left, top, right - left, bottom - top,
                left, top, null));
        float dx = left / px, dy = top / px;
        // read as one line, and as a block: the line reading is the surer where the two agree; where they
        // do not, only the block reading may stand (a logo's two rows of text), on its own merits
        List<OcrWord> block = tesseract.words(cut, dpi);
        List<OcrWord> asLine = trimmed(tesseract.lineWords(cut, dpi));
        List<OcrWord> blockTrimmed = trimmed(block);
        List<OcrWord> words;
        if (sure(asLine, line) && agreement(asLine, block) >= MIN_AGREEMENT) {
            words = asLine;
        } else if (sure(blockTrimmed, line)) {
            words = blockTrimmed;
        } else {
            return List.of();
        }
        return OcrGlyphs.of(words, dpi).stream()
                .map(g -> new Glyph(g.text(), g.x() + dx, g.baseline() + dy, g.width(), g.height(), g.fontSize(), g.direction()))
                .toList();
    }

    /**
     * {@return the letters and digits the two readings share, as a share of the longer one} Read as one
     * line, a cut of real text gives what reading it as a block gives, more surely; a chart's curve gives a
     * sure-looking word of its own ({@code agoeates} on odl-db-china's price chart, where the block reading
     * is some sixty letters of {@code UNN gN so} and unsure syllables).
     */
    static double agreement(List<OcrWord> line, List<OcrWord> block) {
        int[] inLine = letters(line), inBlock = letters(block);
        return inLine.length == 0 ? 0 : (double) OcrGlyphs.common(inLine, inBlock) / Math.max(inLine.length, inBlock.length);
    }

    /** {@return the letters and digits of a reading, in order} */
    private static int[] letters(List<OcrWord> words) {
        return OcrGlyphs.chars(words).filter(Character::isLetterOrDigit).toArray();
    }

    /** {@return whether a reading of a cut is sure enough, and fills its line, to be text} */
    private static boolean sure(List<OcrWord> words, OutlinedLine line) {
        long unsure = words.stream().filter(w -> w.confidence() < UNSURE).count();
        return !words.isEmpty() && OcrGlyphs.confidence(words) >= MIN_LINE_CONFIDENCE
                && unsure <= MAX_UNSURE_SHARE * words.size() && fills(words, line);
    }

    /**
     * {@return whether the reading has letters enough for the line's shapes} At least two letters or digits,
     * and half as many as the shapes hold: an icon or an arrow beside a chart is read as a letter or two
     * ({@code a}, {@code )q}, {@code Ez} across 60 pt of a 9 pt band, fis-23-2's diagrams).
     */
    static boolean fills(List<OcrWord> words, OutlinedLine line) {
        int read = letters(words).length;
        return read >= OutlineFinder.MIN_LETTERS && read >= 0.5 * line.letters();
    }

    /**
     * {@return the words without the unsure ones at either end} The cut around a short line (a table
     * cell's label) takes in a corner of its neighbours or of the cell's frame, read as a syllable or two
     * below {@link #UNSURE} beside the label's own sure word; inside a line, unsure words still count
     * against it.
     */
    static List<OcrWord> trimmed(List<OcrWord> words) {
        int from = 0, to = words.size();
        while (from < to && words.get(from).confidence() < UNSURE) {
            from++;
        }
        while (to > from && words.get(to - 1).confidence() < UNSURE) {
            to--;
        }
        return words.subList(from, to);
    }

    private static String list(List<Integer> pages) {
        return pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
