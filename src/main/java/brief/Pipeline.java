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
import brief.nlp.AnalyzedText;
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
 * of each kind, to facts. Stateless between documents and safe to reuse; building one loads Nori's
 * dictionary and the gazetteer once.
 */
public final class Pipeline {

    private final PdfReader reader = new PdfReader();
    private final LayoutAnalyzer layout = new LayoutAnalyzer(new NoriWrapJudge());
    private final LanguageDetector languages = new LanguageDetector();
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final EntityExtractor entities = EntityExtractor.standard();
    /** For text in another language: the gazetteer alone, which holds English and Japanese names too. */
    private final EntityExtractor listedNames = new EntityExtractor(List.of(new GazetteerFinder(Gazetteer.standard())));
    private final EntityGrouper grouper = new EntityGrouper(Gazetteer.standard());
    private final AmountExtractor amounts = new AmountExtractor();
    private final NodeExtractor nodes = new NodeExtractor();
    private final Relations relations = new Relations();
    private final ScrambleCheck scrambles = new ScrambleCheck();
    private final TitleFinder titles = new TitleFinder();

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

    /** Processes a PDF with a password and bounds on the reader's work. */
    public Result process(Path pdf, String source, Optional<String> published, PdfReader.Options options) {
        RawDocument raw = reader.read(pdf, options);
        CleanText clean = layout.clean(raw);
        if (clean.text().isBlank()) {
            throw new BadInputException(pdf, "no text layer (scanned?)");
        }
        // the brief's own word first (a dated running header), then the file's creation date
        Optional<String> date = published.or(() -> PublicationDate.find(clean)).or(raw::created);
        String title = titles.title(raw).orElseGet(() -> firstLine(clean.text()));
        DocumentInfo info = new DocumentInfo(idOf(pdf), source, raw.sha256(), title, languages.detect(clean.text()),
                raw.pages().size(), date);
        List<String> warnings = new java.util.ArrayList<>(raw.warnings());
        scrambles.scrambled(clean).forEach(s -> warnings.add(("page %d: its text reads as scrambled (%d of %d Hangul"
                + " words read as no word); the PDF's drawing order may not be its reading order").formatted(s.page(),
                s.unreadable(), s.eojeol())));
        return new Result(clean, facts(clean, info, date), warnings);
    }

    /** Processes plain UTF-8 text: kept as it is (NFC, blank-line paragraphs), one page. */
    public Result processText(String id, String source, String text, Optional<String> published) {
        CleanText clean = CleanText.ofSinglePage(Characters.normalize(text));
        String sha = Hashes.sha256(clean.text().getBytes(StandardCharsets.UTF_8));
        DocumentInfo info = new DocumentInfo(id, source, sha, firstLine(clean.text()), languages.detect(clean.text()), 1,
                published);
        return new Result(clean, facts(clean, info, published), List.of());
    }

    /**
     * The extractors that fit the document's language. Korean text (or text without letters) gets them
     * all. Any other language keeps what does not depend on Korean: gazetteer names (listed in Korean,
     * English and Japanese) and process nodes ({@code 3nm}); the name rules (particles, suffixes), the
     * name model (trained on Korean news) and the date and amount rules (년, 월, 억, 조 원) are skipped,
     * and a note in the facts says so.
     */
    private Facts facts(CleanText clean, DocumentInfo info, Optional<String> published) {
        AnalyzedText analyzed = analyzer.analyze(clean);
        boolean korean = KOREAN_OR_UNKNOWN.contains(info.language());
        Relations.Mentions found = new Relations.Mentions(
                grouper.group((korean ? entities : listedNames).extract(analyzed)),
                korean ? new DateExtractor(published).extract(analyzed) : List.of(),
                korean ? amounts.extract(analyzed) : List.of(),
                nodes.extract(analyzed));
        List<String> notes = korean ? List.of() : List.of(("language '%s', not Korean: firms and organizations from"
                + " the gazetteer only (Korean name rules and name model skipped); dates and amounts not extracted"
                + " (Korean rules)").formatted(info.language()));
        return new FactsBuilder(analyzed).build(info, found.entities(), found.dates(), found.amounts(), found.nodes(),
                relations.find(clean.text(), found), notes);
    }

    private static final java.util.Set<String> KOREAN_OR_UNKNOWN = java.util.Set.of("ko", "und");

    /** {@return the id of a file: its name without extension, lower case, safe characters only} */
    public static String idOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "document" : id;
    }

    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 200 ? line : line.substring(0, 200);
    }
}
