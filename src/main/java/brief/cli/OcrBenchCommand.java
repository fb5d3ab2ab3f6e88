package brief.cli;

import brief.BadInputException;
import brief.Pipeline;
import brief.eval.ListScore;
import brief.eval.Scorer;
import brief.eval.WordScore;
import brief.facts.FactsJson;
import brief.ocr.Tesseract;
import brief.pdf.ScanWriter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ocr-bench", mixinStandardHelpOptions = true,
        description = {"OCR measured on scans made here: a PDF with a reference text is drawn at each resolution,",
                "written as an image-only PDF, and run through the whole pipeline. Prints word P/R/F1 of the",
                "clean text against the reference, pages per second, and the gold lists scored on each scan",
                "beside the original; then the pages of ../shared/wild that have reference passages, scanned",
                "and scored passage by passage. Every scan is read as ingest reads it: drawn at 300 dpi for",
                "OCR, whatever its own resolution. Needs Tesseract (tesseract-ocr, tesseract-ocr-kor)."})
final class OcrBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pdf", paramLabel = "PDF", description = "the PDF to scan (default: ${DEFAULT-VALUE})")
    Path pdf = Path.of("corpus/fki-global-brief-16.pdf");

    @Option(names = "--reference", paramLabel = "FILE", description = "its reference text (default: ${DEFAULT-VALUE})")
    Path reference = Path.of("corpus/src/fki-global-brief-16.txt");

    @Option(names = "--gold", paramLabel = "FILE", description = "its gold facts, when it has them (default: ${DEFAULT-VALUE})")
    Path gold = Path.of("corpus/fki-global-brief-16.gold.json");

    @Option(names = "--dpi", split = ",", paramLabel = "DPI", description = "scan resolutions (default: ${DEFAULT-VALUE})")
    List<Integer> dpis = List.of(150, 300);

    @Option(names = "--wild", paramLabel = "DIR", description = {"PDFs whose pages with reference passages are scanned",
            "too; skipped with a line when absent (default: ${DEFAULT-VALUE})"})
    Path wild = Path.of("../shared/wild");

    @Option(names = "--wild-references", paramLabel = "DIR", description = "their passages, <name>.ref.txt (default: ${DEFAULT-VALUE})")
    Path wildReferences = Path.of("corpus/wild");

    @Option(names = "--no-wild", description = "scan only the --pdf")
    boolean noWild;

    @Override
    public Integer call() throws IOException {
        if (!Tesseract.available()) {
            throw new BadInputException("ocr-bench", "Tesseract is not installed: " + Tesseract.INSTALL);
        }
        PrintWriter out = spec.commandLine().getOut();
        String ref = Files.readString(reference, StandardCharsets.UTF_8);
        Pipeline pipeline = new Pipeline();
        Pipeline.Result original = pipeline.process(pdf, pdf.toString(), Optional.empty());
        // the scans have no metadata: they get the original's publication date, so that relative dates
        // (올해, 지난해) resolve alike and the gold compares the reading, not the date guess
        Optional<String> published = original.facts().document().published();
        List<String> columns = new ArrayList<>(List.of("original"));
        List<List<ListScore>> scores = new ArrayList<>();
        scores.add(score(original));
        out.printf("%-28s %5s %6s %8s %8s  %s%n", "scan", "dpi", "pages", "seconds", "pages/s", "word P/R/F1");
        WordScore plain = WordScore.of(original.text().text(), ref);
        out.printf(Locale.ROOT, "%-28s %5s %6d %8s %8s  %.3f %.3f %.3f%n", pdf.getFileName() + " (text layer)", "-",
                original.facts().document().pages(), "-", "-", plain.precision(), plain.recall(), plain.f1());
        Path dir = Files.createTempDirectory("brief-ocr-bench");
        try {
            for (int dpi : dpis) {
                Path scan = dir.resolve(Pipeline.idOf(pdf) + ".pdf");
                new ScanWriter().write(pdf, List.of(), dpi, scan);
                long t0 = System.nanoTime();
                // read as ingest reads any scan: drawn at PageOcr.DPI whatever the scan's own resolution
                Pipeline.Result r = pipeline.process(scan, scan.toString(), published);
                double seconds = (System.nanoTime() - t0) / 1e9;
                int pages = r.facts().document().pages();
                WordScore w = WordScore.of(r.text().text(), ref);
                out.printf(Locale.ROOT, "%-28s %5d %6d %8.1f %8.3f  %.3f %.3f %.3f%n", pdf.getFileName() + " (scan)",
                        dpi, pages, seconds, pages / seconds, w.precision(), w.recall(), w.f1());
                out.flush();
                columns.add("scan " + dpi + " dpi");
                scores.add(score(r));
            }
        } finally {
            delete(dir);
        }
        if (!noWild) {
            wild(out);
        }
        if (Files.isRegularFile(gold)) {
            out.printf("%ngold %s: F1 per list%n%-14s", gold, "list");
            columns.forEach(c -> out.printf(" %14s", c));
            out.println();
            for (int i = 0; i < Scorer.LISTS.size(); i++) {
                out.printf("%-14s", Scorer.LISTS.get(i));
                for (List<ListScore> s : scores) {
                    ListScore l = s.get(i);
                    out.printf(Locale.ROOT, " %5d/%-3d %.3f", l.predicted(), l.gold(), l.f1());
                }
                out.println();
            }
        }
        return 0;
    }

    /** The scans of the wild PDFs' pages that have passages: a row per PDF and resolution, then the total. */
    private void wild(PrintWriter out) throws IOException {
        if (!Files.isDirectory(wild)) {
            out.printf("%nwild scans skipped: %s is absent (the shared PDFs, ../shared/wild)%n", wild);
            return;
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(wild)) {
            pdfs = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .filter(p -> WildFidelity.referenceOf(p, wildReferences).isPresent()).sorted().toList();
        }
        out.printf("%nwild scans: pages of %s with passages in %s, passage word P/R/F1%n", wild, wildReferences);
        out.printf("%-28s %5s %6s %8s %8s  %s%n", "scan", "dpi", "pages", "seconds", "pages/s", "word P/R/F1");
        WildScans scans = new WildScans();
        Path dir = Files.createTempDirectory("brief-ocr-wild");
        try {
            for (int dpi : dpis) {
                WordScore total = WordScore.ZERO;
                int pages = 0;
                double seconds = 0;
                for (Path pdf : pdfs) {
                    WildScans.Row r = scans.measure(pdf, WildFidelity.referenceOf(pdf, wildReferences).orElseThrow(), dpi,
                            dir.resolve(pdf.getFileName()));
                    out.printf(Locale.ROOT, "%-28s %5d %6d %8.1f %8.3f  %.3f %.3f %.3f%n", pdf.getFileName(), dpi, r.pages(),
                            r.seconds(), r.pages() / r.seconds(), r.score().precision(), r.score().recall(), r.score().f1());
                    out.flush();
                    total = total.plus(r.score());
                    pages += r.pages();
                    seconds += r.seconds();
                }
                out.printf(Locale.ROOT, "%-28s %5d %6d %8.1f %8.3f  %.3f %.3f %.3f%n", "all (micro)", dpi, pages, seconds,
                        pages / seconds, total.precision(), total.recall(), total.f1());
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private List<ListScore> score(Pipeline.Result r) {
        if (!Files.isRegularFile(gold)) {
            return List.of();
        }
        JsonNode predicted = FactsJson.mapper().valueToTree(r.facts());
        return new Scorer().score(predicted, FactsJson.read(gold));
    }
}
