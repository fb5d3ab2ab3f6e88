package brief;

import brief.extract.AmountExtractor;
import brief.extract.DateExtractor;
import brief.extract.EntityExtractor;
import brief.extract.EntityGrouper;
import brief.extract.Gazetteer;
import brief.extract.GazetteerFinder;
import brief.extract.NodeExtractor;
import brief.extract.PublicationDate;
import brief.facts.DocumentInfo;
import brief.facts.Facts;
import brief.facts.FactsBuilder;
import brief.facts.Relations;
import brief.hwp.HwpReader;
import brief.hwp.HwpxReader;
import brief.hwp.WordDocument;
import brief.nlp.AnalyzedText;
import brief.ocr.OutlineOcr;
import brief.ocr.PageOcr;
import brief.nlp.LanguageDetector;
import brief.nlp.NoriWrapJudge;
import brief.nlp.ScrambleCheck;
import brief.nlp.TextAnalyzer;
import brief.pdf.PdfReader;
import brief.pdf.RawDocument;
import brief.text.Characters;
import brief.text.CleanText;
import brief.text.LayoutAnalyzer;
import brief.text.TitleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One brief, top to bottom: PDF (or plain text) to clean text, to sentences and morphemes, to mentions
 * of each kind, to facts. Stateless between documents, safe to reuse and to share between threads
 * (every stage makes its own tokenizers and name finder per call; models, dictionaries and the
 * gazetteer are loaded once per process, when first used, and only read afterwards).
 */
public final class Pipeline {

    private final StageClock clock;

    public Pipeline() {
        this(StageClock.OFF, PageOcr.DPI);
    }

    /** A pipeline that adds the CPU time of each stage to {@code clock}. */
    public Pipeline(StageClock clock) {
        this(clock, PageOcr.DPI);
    }

    /** @param ocrDpi the resolution scanned pages are drawn at for OCR */
    public Pipeline(int ocrDpi) {
        this(StageClock.OFF, ocrDpi);
    }

    /** A pipeline reporting to {@code clock} that draws scanned pages at {@code ocrDpi} for OCR. */
    public Pipeline(StageClock clock, int ocrDpi) {
        this.clock = clock;
        this.ocr = new PageOcr(ocrDpi, brief.ocr.Tesseract::open);
        this.outlines = new OutlineOcr(Math.max(ocrDpi, PageOcr.DPI), brief.ocr.Tesseract::open);
    }

    private final PdfReader reader = new PdfReader();
    private final PageOcr ocr;
    private final OutlineOcr outlines;
    private final HwpReader hwp = new HwpReader();
    private final HwpxReader hwpx = new HwpxReader();
    private final LayoutAnalyzer layout = new LayoutAnalyzer(new NoriWrapJudge());
    private final LanguageDetector languages = new LanguageDetector();
    private final TextAnalyzer analyzer = new TextAnalyzer();
    // loaded on first use: an ingest of unchanged files never reads the name model or the gazetteer
    private final Lazy<EntityExtractor> entities = new Lazy<>(EntityExtractor::standard);
    /** For text in another language: the gazetteer alone, which holds English and Japanese names too. */
    private final Lazy<EntityExtractor> listedNames = new Lazy<>(
            () -> new EntityExtractor(List.of(new GazetteerFinder(Gazetteer.standard()))));
    private final Lazy<EntityGrouper> grouper = new Lazy<>(() -> new EntityGrouper(Gazetteer.standard()));
    private final AmountExtractor amounts = new AmountExtractor();
    private final NodeExtractor nodes = new NodeExtractor();
    private final Relations relations = new Relations();
    private final ScrambleCheck scrambles = new ScrambleCheck();
    private final TitleFinder titles = new TitleFinder(new NoriWrapJudge());


    /** The clean text of a brief and the facts found in it. */
    public record Result(CleanText text, Facts facts, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Processes a PDF. {@code published} overrides the publication date the PDF's metadata gives.
     *
     * @param source how the file is named in the facts ({@code corpus/x.pdf}), usually relative
     */
    public Result process(Path pdf, String source, Optional<String> published) {
        return process(pdf, source, published, PdfReader.Options.DEFAULT);
    }

    /**
     * Processes a PDF with a password and bounds on the reader's work, or an HWP or HWPX file (told by
     * its content, not its name), whose reader gives clean text directly.
     */
    public Result process(Path pdf, String source, Optional<String> published, PdfReader.Options options) {
        return process(pdf, idOf(pdf), source, published, options);
    }

    /**
     * Processes a PDF under a given id: what {@link Ingester} calls with the ids {@link DocumentIds}
     * made unique across a batch.
     */
    public Result process(Path pdf, String id, String source, Optional<String> published, PdfReader.Options options) {
        switch (FileKind.of(pdf)) {
            case HWP -> { return process(hwp.read(pdf, options.timeout()), id, source, published); }
            case HWPX -> { return process(hwpx.read(pdf, options.timeout()), id, source, published); }
            case HWP3 -> throw new BadInputException(pdf, "an HWP 3 file (Hangul 97 or older), which brief does not"
                    + " read: open it in Hangul and save it as .hwp, .hwpx or PDF");
            case GIT_LFS_POINTER -> throw new BadInputException(pdf, "a Git LFS pointer, not the document itself (its"
                    + " repository keeps the file in Git LFS: fetch it with 'git lfs pull')");
            case TEXT -> {
                if (!pdf.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                    // the file's own hash, as for a PDF, so that an unchanged file is not read again
                    return processText(id, source, readText(pdf), published, Optional.of(Hashes.sha256(pdf)));
                } // a file named .pdf that holds text is a broken PDF, and the reader says so
            }
            case PDF -> { }
        }
        Read read = read(pdf, id, source, published, options);
        return new Result(read.clean(), facts(read.clean(), read.info(), read.info().published(), read.ocrPages()),
                read.warnings());
    }

    /** A PDF's clean text and what its file says; its glyphs are let go before extraction starts. */
    private record Read(CleanText clean, DocumentInfo info, List<String> warnings, java.util.Set<Integer> ocrPages) {
    }

    private Read read(Path pdf, String id, String source, Optional<String> published, PdfReader.Options options) {
        RawDocument read = clock.time(StageClock.Stage.READING, () -> reader.read(pdf, options));
        PageOcr.Result scanned = ocr.read(read, pdf, options.password()); // pages without text, by OCR
        // text drawn as outlines on the other pages, by OCR too
        OutlineOcr.Result outlined = outlines.read(scanned.document(), pdf, options.password(), scanned.ocrPages());
        RawDocument raw = outlined.document();
        CleanText clean = clock.time(StageClock.Stage.LAYOUT, () -> layout.clean(raw));
        if (clean.text().isBlank()) {
            // a scan that OCR read and found nothing on is a blank page or a picture, not a scan to install anything for
            throw new BadInputException(pdf, scanned.ocrPages().size() == raw.pages().size()
                    ? "no text: its pages are blank or hold only pictures (no text layer, and OCR read no words on them)"
                    : "no text layer (scanned?)");
        }
        // the option, then the brief's own word (masthead, kicker, cover, running header), then the file's creation date
        Optional<PublicationDate.Choice> chosen = PublicationDate.choose(published, clean, raw::created);
        Optional<String> date = chosen.map(PublicationDate.Choice::date);
        String title = titles.title(raw).orElseGet(() -> firstLine(clean.text()));
        DocumentInfo info = new DocumentInfo(id, source, raw.sha256(), title, languages.detect(clean.text()),
                raw.pages().size(), date, chosen.map(c -> c.from().json()));
        List<String> warnings = new java.util.ArrayList<>(raw.warnings());
        scrambles.scrambled(clean).forEach(s -> warnings.add(("page %d: its text reads as scrambled (%d of %d Hangul"
                + " words read as no word); the PDF's drawing order may not be its reading order").formatted(s.page(),
                s.unreadable(), s.eojeol())));
        java.util.Set<Integer> ocrPages = new java.util.HashSet<>(scanned.ocrPages());
        ocrPages.addAll(outlined.ocrPages());
        return new Read(clean, info, warnings, java.util.Set.copyOf(ocrPages));
    }

    /** {@return the clock this pipeline reports its stages to} */
    public StageClock clock() {
        return clock;
    }

    /** A word-processor file: its text enters after layout, as the layout stage would give it. */
    private Result process(WordDocument doc, String id, String source, Optional<String> published) {
        CleanText clean = doc.text();
        List<String> warnings = new java.util.ArrayList<>(doc.warnings());
        if (clean.text().isBlank()) {
            // an equation or a master page alone: nothing to extract, yet a readable file
            warnings.add("no body text (%d line(s) of header, footer or master page)".formatted(clean.furniture().size()));
        }
        Optional<PublicationDate.Choice> chosen = PublicationDate.choose(published, clean, doc::saved);
        Optional<String> date = chosen.map(PublicationDate.Choice::date);
        String title = firstLine(clean.text());
        DocumentInfo info = new DocumentInfo(id, source, doc.sha256(), title,
                languages.detect(clean.text()), doc.pages(), date, chosen.map(c -> c.from().json()));
        return new Result(clean, facts(clean, info, date), warnings);
    }

    private static String readText(Path file) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(java.nio.file.Files.readAllBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException(file, "neither a PDF nor UTF-8 text (invalid UTF-8 after its first kilobytes)", e);
        } catch (java.io.IOException e) {
            throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Processes plain UTF-8 text: kept as it is (NFC, blank-line paragraphs), one page. */
    public Result processText(String id, String source, String text, Optional<String> published) {
        return processText(id, source, text, published, Optional.empty());
    }

    private Result processText(String id, String source, String text, Optional<String> published, Optional<String> fileSha) {
        CleanText clean = CleanText.ofSinglePage(Characters.normalize(text));
        String sha = fileSha.orElseGet(() -> Hashes.sha256(clean.text().getBytes(StandardCharsets.UTF_8)));
        Optional<PublicationDate.Choice> chosen = PublicationDate.choose(published, clean, Optional::empty);
        Optional<String> date = chosen.map(PublicationDate.Choice::date);
        DocumentInfo info = new DocumentInfo(id, source, sha, firstLine(clean.text()), languages.detect(clean.text()), 1,
                date, chosen.map(c -> c.from().json()));
        return new Result(clean, facts(clean, info, date), List.of());
    }

    /**
     * The extractors that fit the document's language. Korean text (or text without letters) gets them
     * all. Any other language keeps what does not depend on Korean: gazetteer names (listed in Korean,
     * English and Japanese) and process nodes ({@code 3nm}); the name rules (particles, suffixes), the
     * name model (trained on Korean news) and the date and amount rules (년, 월, 억, 조 원) are skipped,
     * and a note in the facts says so.
     */
    private Facts facts(CleanText clean, DocumentInfo info, Optional<String> published) {
        return facts(clean, info, published, java.util.Set.of());
    }

    private Facts facts(CleanText clean, DocumentInfo info, Optional<String> published, java.util.Set<Integer> ocrPages) {
        AnalyzedText analyzed = clock.time(StageClock.Stage.ANALYSIS, () -> analyzer.analyze(clean));
        return clock.time(StageClock.Stage.EXTRACTION, () -> extract(clean, analyzed, info, published, ocrPages));
    }

    private Facts extract(CleanText clean, AnalyzedText analyzed, DocumentInfo info, Optional<String> published,
                          java.util.Set<Integer> ocrPages) {
        boolean korean = KOREAN_OR_UNKNOWN.contains(info.language());
        // English text has dates and sums the rules read in their English and numeric forms
        // (March 15, 2024; $6.6 billion; 2024.3.15); the Korean forms simply find nothing there
        boolean values = korean || info.language().equals("en");
        Relations.Mentions found = new Relations.Mentions(
                grouper.get().group((korean ? entities : listedNames).get().extract(analyzed)),
                values ? new DateExtractor(published).extract(analyzed) : List.of(),
                values ? amounts.extract(analyzed) : List.of(),
                nodes.extract(analyzed));
        List<String> notes = korean ? List.of() : List.of(("language '%s', not Korean: firms and organizations from"
                + " the gazetteer only (Korean name rules and name model skipped); %s").formatted(info.language(),
                values ? "dates and amounts in their English and numeric forms only"
                        : "dates and amounts not extracted (Korean rules)"));
        return new FactsBuilder(analyzed, ocrPages).build(info, found.entities(), found.dates(), found.amounts(), found.nodes(),
                relations.find(clean.text(), found), notes);
    }

    /** A value made once, by the first thread that asks for it; the others wait for it. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private volatile Optional<T> value = Optional.empty();

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            Optional<T> v = value;
            if (v.isEmpty()) {
                synchronized (this) {
                    v = value;
                    if (v.isEmpty()) {
                        v = Optional.of(make.get());
                        value = v;
                    }
                }
            }
            return v.get();
        }
    }

    private static final java.util.Set<String> KOREAN_OR_UNKNOWN = java.util.Set.of("ko", "und");

    /**
     * {@return the id of a file: its name without extension, lower case, letters (Hangul too), digits,
     * {@code .}, {@code _} and {@code -} kept, every other run of characters one {@code -}} Unique within
     * a batch and against the fact folder only through {@link DocumentIds}.
     */
    public static String idOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "document" : id;
    }

    static String firstLine(String text) {
        return brief.text.LeadLine.of(text);
    }
}
