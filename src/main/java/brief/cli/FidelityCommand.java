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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = {"Word P/R/F1 of brief's text against hand-made references, beside peer tools, in one run:",
                "the corpus PDFs against their restored texts (corpus/src), and the real PDFs of ../shared/wild",
                "against the passages typed from their pages (corpus/wild), each passage against its page, beside",
                "pdftotext (default, -raw, -layout), plain PDFBox and opendataloader-pdf, with pages per second;",
                "and the held-out real PDFs of ../shared/holdout against corpus/holdout the same way."})
final class FidelityCommand implements Callable<Integer> {

    enum Set { all, corpus, wild, holdout }

    /** The shared folder of real PDFs, used when it is there and no {@code --wild} is given. */
    static final Path DEFAULT_WILD = Path.of("../shared/wild");

    /** The shared folder of held-out real PDFs (nobody tunes on them), the default of {@code --holdout}. */
    static final Path DEFAULT_HOLDOUT = Path.of("../shared/holdout");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PDF", description = "corpus PDFs (default: every PDF in corpus/)")
    List<Path> pdfs = List.of();

    @Option(names = "--references", paramLabel = "DIR",
            description = "folder of corpus reference texts: a PDF's is the longest <name>.txt its id starts with (default: ${DEFAULT-VALUE})")
    Path references = Path.of("corpus/src");

    @Option(names = "--set", paramLabel = "SET", description = "which set to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Set set = Set.all;

    @Option(names = "--wild", paramLabel = "DIR",
            description = "folder of real PDFs with hand-typed passages (default: ../shared/wild when it exists)")
    Optional<Path> wild = Optional.empty();

    @Option(names = "--wild-references", paramLabel = "DIR",
            description = "folder of the passages, <pdf-name>.ref.txt (default: ${DEFAULT-VALUE})")
    Path wildReferences = Path.of("corpus/wild");

    @Option(names = "--holdout", paramLabel = "DIR",
            description = "folder of the held-out real PDFs, named by the reference files (default: ${DEFAULT-VALUE})")
    Path holdout = DEFAULT_HOLDOUT;

    @Option(names = "--holdout-references", paramLabel = "DIR",
            description = "folder of the held-out passages, <pdf-name>.ref.txt (default: ${DEFAULT-VALUE})")
    Path holdoutReferences = Path.of("corpus/holdout");

    @Option(names = "--odl-jar", paramLabel = "FILE",
            description = "opendataloader-pdf's CLI jar (default: ${DEFAULT-VALUE}, where npm install --prefix target/peers @opendataloader/pdf puts it)")
    Path odlJar = OpenDataLoaderPages.DEFAULT_JAR;

    @Option(names = "--tools", paramLabel = "LIST", split = ",",
            description = "tools of the wild table, comma-separated, from: brief, pdftotext, pdftotext-raw, pdftotext-layout, pdfbox, opendataloader (default: all)")
    List<String> toolKeys = List.of();

    /** One corpus PDF's three scores; pdftotext's is empty when it is not installed. */
    record Row(Path pdf, WordScore ours, Optional<WordScore> pdftotext, WordScore pdfbox) { }

    @Option(names = "--hwp", paramLabel = "DIR", description = "HWP/HWPX files scored against corpus/hwp/*.ref.txt, when the folder exists (default: ${DEFAULT-VALUE})")
    Path hwp = Path.of("../shared/hwp");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (String k : toolKeys) {
            if (!TOOL_KEYS.contains(k)) {
                throw new ParameterException(spec.commandLine(),
                        "unknown tool '" + k + "' for --tools; known: " + String.join(", ", TOOL_KEYS));
            }
        }
        if (set == Set.all || set == Set.corpus) {
            printCorpus(out, measure(Ingester.pdfs(pdfs.isEmpty() ? List.of(Path.of("corpus")) : pdfs), references));
        }
        if (set == Set.all || set == Set.wild) {
            if (set == Set.all) {
                out.println();
            }
            Optional<Path> dir = wild.or(() -> Files.isDirectory(DEFAULT_WILD) ? Optional.of(DEFAULT_WILD) : Optional.empty());
            if (dir.isEmpty()) {
                out.println("== wild: " + DEFAULT_WILD + " is absent; nothing scored (give --wild DIR)");
            } else if (!Files.isDirectory(dir.get())) {
                throw new BadInputException(dir.get(), "no such folder");
            } else {
                printPassages(out, "wild", dir.get(), wildReferences);
            }
        }
        if (set == Set.all || set == Set.holdout) {
            if (set == Set.all) {
                out.println();
            }
            if (!Files.isDirectory(holdout)) {
                out.println("== holdout: " + holdout + " is absent; nothing scored (give --holdout DIR)");
            } else {
                printPassages(out, "holdout", holdout, holdoutReferences);
            }
        }
        if (set == Set.all && Files.isDirectory(hwp)) { // the HWP and HWPX readers (brief.eval.WordFileFidelity)
            WordFileFidelity.table(new WordFileFidelity().measure(hwp, Path.of("corpus/hwp"))).forEach(out::println);
        }
        return 0;
    }

    /** The keys of {@code --tools}, in the order of the table's columns. */
    static final List<String> TOOL_KEYS = List.of("brief", "pdftotext", "pdftotext-raw", "pdftotext-layout", "pdfbox",
            "opendataloader");

    /** {@return the tools of the wild table named by {@code keys} (all when empty), in the table's order} */
    static List<PageTextTool> tools(List<String> keys, Path odlJar) {
        Map<String, PageTextTool> all = new LinkedHashMap<>();
        all.put("brief", new BriefPages());
        all.put("pdftotext", new PdftotextPages(PdftotextPages.Mode.DEFAULT));
        all.put("pdftotext-raw", new PdftotextPages(PdftotextPages.Mode.RAW));
        all.put("pdftotext-layout", new PdftotextPages(PdftotextPages.Mode.LAYOUT));
        all.put("pdfbox", new PdfBoxPages());
        all.put("opendataloader", new OpenDataLoaderPages(odlJar));
        return all.entrySet().stream().filter(e -> keys.isEmpty() || keys.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** The table of one set of real PDFs with hand-typed passages: {@code set} names it in the output. */
    private void printPassages(PrintWriter out, String set, Path dir, Path refs) {
        List<Path> all = Ingester.pdfs(List.of(dir));
        List<Path> scored = all.stream().filter(p -> WildFidelity.referenceOf(p, refs).isPresent()).toList();
        List<PageTextTool> tools = tools(toolKeys, odlJar);
        List<WildFidelity.Row> rows = new WildFidelity().measure(scored, refs, tools);
        int passages = rows.stream().mapToInt(WildFidelity.Row::passages).sum();
        out.printf("== %s: %s against %s (%d PDFs, %d passages; each passage against its page, micro-averaged)%n",
                set, dir, refs, rows.size(), passages);
        List<String> names = tools.stream().map(PageTextTool::name).toList();
        out.println("word F1");
        table(out, rows, names, s -> String.format(Locale.ROOT, "%.3f", s.f1()));
        out.println();
        out.println("word precision/recall");
        table(out, rows, names, s -> String.format(Locale.ROOT, "%.3f/%.3f", s.precision(), s.recall()));
        out.println();
        out.printf("%-26s %5s", "pages/s", "");
        for (int t = 0; t < names.size(); t++) {
            int pages = 0;
            double seconds = 0;
            for (WildFidelity.Row r : rows) {
                WildFidelity.Cell c = r.cells().get(t);
                if (c.score().isPresent()) {
                    pages += r.pages();
                    seconds += c.seconds();
                }
            }
            out.print(pad(seconds > 0 ? String.format(Locale.ROOT, "%.1f", pages / seconds) : "-", width(names.get(t))));
        }
        out.println();
        for (int t = 0; t < names.size(); t++) {
            for (WildFidelity.Row r : rows) {
                WildFidelity.Cell c = r.cells().get(t);
                if (c.score().isEmpty() && !c.note().equals("missing")) {
                    out.println(names.get(t) + " on " + r.pdf().getFileName() + ": " + c.note());
                }
            }
            Optional<String> missing = tools.get(t).missing();
            if (missing.isPresent()) {
                out.println(names.get(t) + ": missing (" + missing.get() + ")");
            }
        }
        for (Path p : all) {
            if (!scored.contains(p)) {
                out.println("no reference for " + p.getFileName() + " in " + refs + "; not scored");
            }
        }
        for (Path ref : WildFidelity.referencesWithoutPdf(refs, all)) {
            out.println("no PDF for " + ref.getFileName() + " in " + dir + "; not scored");
        }
    }

    private static void table(PrintWriter out, List<WildFidelity.Row> rows, List<String> names,
            Function<WordScore, String> cell) {
        out.printf("%-26s %5s", "PDF", "pages");
        names.forEach(n -> out.print(pad(n, width(n))));
        out.println();
        List<WordScore> totals = new ArrayList<>(names.stream().map(n -> WordScore.ZERO).toList());
        List<Boolean> complete = new ArrayList<>(names.stream().map(n -> true).toList());
        for (WildFidelity.Row r : rows) {
            out.printf("%-26s %5d", r.pdf().getFileName(), r.pages());
            for (int t = 0; t < names.size(); t++) {
                WildFidelity.Cell c = r.cells().get(t);
                if (c.score().isPresent()) {
                    totals.set(t, totals.get(t).plus(c.score().get()));
                } else {
                    complete.set(t, false);
                }
                String text = c.score().map(cell).orElse(c.note().startsWith("failed") ? "failed" : c.note());
                out.print(pad(text, width(names.get(t))));
            }
            out.println();
        }
        out.printf("%-26s %5s", "all (micro-averaged)", "");
        for (int t = 0; t < names.size(); t++) {
            out.print(pad(complete.get(t) && !rows.isEmpty() ? cell.apply(totals.get(t)) : "-", width(names.get(t))));
        }
        out.println();
    }

    private static int width(String name) {
        return Math.max(name.length(), 11) + 2;
    }

    private static String pad(String s, int width) {
        return String.format("%" + width + "s", s);
    }

    private static void printCorpus(PrintWriter out, List<Row> rows) {
        out.printf("%-36s %-24s %-24s %-24s%n", "PDF", "brief P/R/F1", "pdftotext -raw P/R/F1", "PDFBox plain P/R/F1");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-36s %-24s %-24s %-24s%n", r.pdf().getFileName(), cell(r.ours()),
                    r.pdftotext().map(FidelityCommand::cell).orElse("missing"), cell(r.pdfbox()));
        }
    }

    private static String cell(WordScore s) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", s.precision(), s.recall(), s.f1());
    }

    /** The corpus rows: each PDF's whole clean text against its whole restored reference. */
    static List<Row> measure(List<Path> files, Path references) throws IOException {
        LayoutAnalyzer layout = new LayoutAnalyzer(new NoriWrapJudge());
        PdfReader reader = new PdfReader();
        PdftotextPages pdftotext = new PdftotextPages(PdftotextPages.Mode.RAW);
        boolean havePdftotext = pdftotext.missing().isEmpty();
        PdfBoxPages pdfbox = new PdfBoxPages();
        List<Row> rows = new ArrayList<>();
        for (Path pdf : files) {
            String reference = Files.readString(referenceOf(pdf, references), StandardCharsets.UTF_8);
            String ours = layout.clean(reader.read(pdf)).text();
            Optional<WordScore> poppler = havePdftotext
                    ? Optional.of(WordScore.of(String.join("\n", pdftotext.pages(pdf)), reference)) : Optional.empty();
            rows.add(new Row(pdf, WordScore.of(ours, reference), poppler,
                    WordScore.of(String.join("\n", pdfbox.pages(pdf)), reference)));
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
}
