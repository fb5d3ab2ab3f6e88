package brief.cli;

import brief.BadInputException;
import brief.Ingester;
import brief.Pipeline;
import brief.eval.WordFileFidelity;
import brief.eval.WordScore;
import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import brief.text.LayoutAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = {"Word-level P/R/F1 of the clean text of each PDF against its hand-restored reference,",
                "beside 'pdftotext -raw' (poppler-utils) and PDFBox's plain PDFTextStripper, in one run."})
final class FidelityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PDF", description = "PDFs (default: every PDF in corpus/)")
    List<Path> pdfs = List.of();

    @Option(names = "--references", paramLabel = "DIR",
            description = "folder of reference texts: a PDF's is the longest <name>.txt its id starts with (default: ${DEFAULT-VALUE})")
    Path references = Path.of("corpus/src");

    @Option(names = "--hwp", paramLabel = "DIR", description = "HWP/HWPX files scored against corpus/hwp/*.ref.txt, when the folder exists (default: ${DEFAULT-VALUE})")
    Path hwp = Path.of("../shared/hwp");

    /** One PDF's three scores. */
    record Row(Path pdf, WordScore ours, WordScore pdftotext, WordScore pdfbox) { }

    @Override
    public Integer call() throws IOException {
        List<Path> files = Ingester.pdfs(pdfs.isEmpty() ? List.of(Path.of("corpus")) : pdfs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-36s %-24s %-24s %-24s%n", "PDF", "brief P/R/F1", "pdftotext -raw P/R/F1", "PDFBox plain P/R/F1");
        for (Row r : measure(files, references)) {
            out.printf(Locale.ROOT, "%-36s %-24s %-24s %-24s%n", r.pdf().getFileName(), cell(r.ours()),
                    cell(r.pdftotext()), cell(r.pdfbox()));
        }
        if (Files.isDirectory(hwp)) { // the HWP and HWPX readers (brief.eval.WordFileFidelity)
            WordFileFidelity.table(new WordFileFidelity().measure(hwp, Path.of("corpus/hwp"))).forEach(out::println);
        }
        return 0;
    }

    private static String cell(WordScore s) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", s.precision(), s.recall(), s.f1());
    }

    static List<Row> measure(List<Path> files, Path references) throws IOException {
        LayoutAnalyzer layout = new LayoutAnalyzer(new NoriWrapJudge());
        PdfReader reader = new PdfReader();
        List<Row> rows = new ArrayList<>();
        for (Path pdf : files) {
            String reference = Files.readString(referenceOf(pdf, references), StandardCharsets.UTF_8);
            String ours = layout.clean(reader.read(pdf)).text();
            rows.add(new Row(pdf, WordScore.of(ours, reference), WordScore.of(pdftotext(pdf), reference),
                    WordScore.of(reader.plainText(pdf), reference)));
        }
        return rows;
    }

    static Path referenceOf(Path pdf, Path references) throws IOException {
        String id = Pipeline.idOf(pdf);
        Optional<Path> best;
        try (Stream<Path> s = Files.list(references)) {
            best = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> id.startsWith(p.getFileName().toString().replaceFirst("\\.txt$", "")))
                    .max((a, b) -> Integer.compare(a.getFileName().toString().length(), b.getFileName().toString().length()));
        }
        return best.orElseThrow(() -> new BadInputException(pdf, "no reference text for it in " + references));
    }

    /** Runs poppler's pdftotext; its absence is an error, not a reason to skip the baseline. */
    static String pdftotext(Path pdf) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new BadInputException("pdftotext", "not installed; install poppler-utils (apt-get install poppler-utils)", e);
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new BadInputException(pdf, "pdftotext failed on it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for pdftotext", e);
        }
        return text;
    }
}
