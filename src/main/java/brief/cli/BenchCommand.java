package brief.cli;

import brief.Ingester;
import brief.Pipeline;
import brief.StageClock;
import brief.bench.BenchCorpus;
import brief.bench.ColdRun;
import brief.bench.LoadTest;
import brief.bench.Measure;
import brief.facts.FactFiles;
import brief.index.BriefIndex;
import brief.pdf.PdfReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Speed on a generated corpus: ten PDFs of N/10 pages and one of N pages (Korean, typeset with PDFBox).",
                "Prints pages/s (median of K runs) of brief ingest, pdftotext and plain PDFBox; brief's CPU time per stage,"
                        + " CPU utilisation and peak heap; cold wall and CPU time of search, extract and a one-file ingest"
                        + " through the launcher; serve p50/p99 and requests/s under a bounded load."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", paramLabel = "N", description = "pages of the large PDF; the batch is ten PDFs of N/10 (default: ${DEFAULT-VALUE})")
    int pages = 1000;

    @Option(names = "--runs", paramLabel = "K", description = "runs of each measurement, median printed (default: ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--jobs", paramLabel = "N", description = "brief ingest workers (default: ${DEFAULT-VALUE})")
    int jobs = Ingester.DEFAULT_JOBS;

    @Option(names = "--corpus", paramLabel = "DIR", description = "where the bench PDFs are made, or taken when there (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of("target/bench");

    @Option(names = "--font", paramLabel = "TTF", description = "a TrueType font with Hangul (default: ${DEFAULT-VALUE})")
    Path font = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    @Option(names = "--sources", paramLabel = "DIR", description = "texts whose sentences fill the pages (default: ${DEFAULT-VALUE})")
    Path sources = Path.of("corpus/src");

    @Option(names = "--brief", paramLabel = "FILE", description = "the launcher for the cold runs and serve (default: ${DEFAULT-VALUE})")
    Path launcher = Path.of("brief");

    @Option(names = "--cold-file", paramLabel = "PDF", description = "the brief of the cold extract and ingest (default: ${DEFAULT-VALUE})")
    Path coldFile = Path.of("corpus/fki-global-brief-16.pdf");

    @Option(names = "--connections", paramLabel = "C", description = "serve load: clients at once (default: ${DEFAULT-VALUE})")
    int connections = 8;

    @Option(names = "--requests", paramLabel = "R", description = "serve load: requests at most (default: ${DEFAULT-VALUE})")
    int requests = 5000;

    @Option(names = "--seconds", paramLabel = "S", description = "serve load: seconds at most (default: ${DEFAULT-VALUE})")
    double seconds = 20;

    @Option(names = "--serve-pages", paramLabel = "N", description = "serve an index of N pages: the batch's passages "
            + "copied under new ids until N pages, as engine-bench does (default: the batch's own index)")
    int servePages = 0;

    @Option(names = "--skip", paramLabel = "PART", split = ",",
            description = "parts to leave out: large, batch, pdftotext, pdfbox, cold, serve")
    List<String> skip = List.of();

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        if (pages < 10 || runs < 1 || jobs < 1 || connections < 1 || requests < 1) {
            throw new brief.BadInputException("bench", "--pages at least 10; --runs, --jobs, --connections, --requests at least 1", null);
        }
        out = spec.commandLine().getOut();
        Path work = Files.createDirectories(corpus.resolve("work"));
        List<Path> batch = IntStream.rangeClosed(1, 10).mapToObj(i -> corpus.resolve(
                String.format(Locale.ROOT, "batch-%d-%02d.pdf", pages / 10, i))).toList();
        Path large = corpus.resolve("large-" + pages + ".pdf");
        make(batch, large);
        out.printf(Locale.ROOT, "bench: %d runs each; brief with %d worker(s) of %d cores, heap at most %d MB; load average %.1f%n",
                runs, jobs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println();
        out.printf("%-34s %9s %8s %8s %6s %11s %9s%n", "corpus / tool", "pages/s", "wall s", "CPU s", "CPU%",
                "pages/CPU-s", "peak heap");
        Path index = work.resolve("index-batch");
        Path extracted = work.resolve("extracted-batch");
        StageClock batchClock = null;
        StageClock largeClock = null;
        if (!skip.contains("batch")) {
            batchClock = brief("10 x " + pages / 10 + " pages, brief ingest", batch, index, extracted);
        }
        if (!skip.contains("large")) {
            largeClock = brief("1 x " + pages + " pages, brief ingest", List.of(large), work.resolve("index-large"),
                    work.resolve("extracted-large"));
        }
        if (!skip.contains("pdftotext")) {
            pdftotext("10 x " + pages / 10 + " pages, pdftotext", batch);
            pdftotext("1 x " + pages + " pages, pdftotext", List.of(large));
        }
        if (!skip.contains("pdfbox")) {
            PdfReader reader = new PdfReader();
            tool("10 x " + pages / 10 + " pages, PDFBox plain", batch, reader::plainText);
            tool("1 x " + pages + " pages, PDFBox plain", List.of(large), reader::plainText);
        }
        out.println("(brief: --jobs workers and one index writer; pdftotext and PDFBox: one file at a time;"
                + " CPU s: of all threads, pdftotext's from its processes; pages/CPU-s holds on a busy machine)");
        out.println();
        stages(batchClock, largeClock);
        if (!skip.contains("cold")) {
            cold(index, work);
        }
        if (!skip.contains("serve") && Files.isDirectory(index)) {
            if (servePages > 0) {
                serve(copied(index, work.resolve("index-serve"), servePages), extracted,
                        servePages + " pages, copies of the batch's passages");
            } else {
                serve(index, extracted, "index of the batch, " + pages + " pages");
            }
        }
        out.flush();
        return 0;
    }

    private void make(List<Path> batch, Path large) {
        List<Path> wanted = new ArrayList<>(batch);
        wanted.add(large);
        if (wanted.stream().allMatch(Files::isRegularFile)) {
            return;
        }
        if (!Files.isRegularFile(font)) {
            throw new brief.BadInputException(font, "no such font: the bench typesets Korean in a TrueType font"
                    + " with Hangul (Debian: apt-get install fonts-nanum), or give --font");
        }
        BenchCorpus maker = new BenchCorpus(BenchCorpus.referenceTexts(sources), font);
        long start = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            maker.write(batch.get(i), pages / 10, i + 1);
        }
        maker.write(large, pages, 0);
        out.printf(Locale.ROOT, "bench: made %s (%.0f s)%n", corpus, (System.nanoTime() - start) / 1e9);
    }

    /** Ingests {@code files} into a fresh index {@code runs} times; prints the median; keeps the last index. */
    private StageClock brief(String label, List<Path> files, Path index, Path extracted) {
        StageClock clock = StageClock.measuring();
        List<Measure.Cost> costs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            delete(index);
            delete(extracted);
            Ingester ingester = new Ingester(new Pipeline(clock), new BriefIndex(index), new FactFiles(extracted),
                    Optional.empty(), false, PdfReader.Options.DEFAULT, jobs);
            costs.add(Measure.of(() -> ingester.ingest(files, o -> {
                if (o instanceof Ingester.Outcome.Failed f) {
                    failures.add(f.file() + ": " + f.reason());
                }
            })));
        }
        print(label, pages(files), costs);
        failures.stream().distinct().forEach(f -> out.println("  FAILED " + f));
        return clock;
    }

    private void tool(String label, List<Path> files, java.util.function.Consumer<Path> tool) {
        List<Measure.Cost> costs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            costs.add(Measure.of(() -> files.forEach(tool)));
        }
        print(label, pages(files), costs);
    }

    /** pdftotext on each file, one process at a time; its CPU time is that of the processes. */
    private void pdftotext(String label, List<Path> files) {
        Path dir = Path.of("").toAbsolutePath();
        List<Measure.Cost> costs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double[] cpu = {0};
            Measure.Cost c = Measure.of(() -> files.forEach(f -> cpu[0] += ColdRun.of(dir,
                    List.of("pdftotext", "-q", f.toAbsolutePath().toString(), "-")).cpuSeconds()));
            costs.add(new Measure.Cost(c.wallSeconds(), cpu[0], -1));
        }
        print(label, pages(files), costs);
    }

    /** Prints the run of median wall time (a negative peak heap: not measured, another process). */
    private void print(String label, int pageCount, List<Measure.Cost> costs) {
        Measure.Cost median = costs.stream().sorted(Comparator.comparingDouble(Measure.Cost::wallSeconds))
                .toList().get(costs.size() / 2);
        out.printf(Locale.ROOT, "%-34s %9.1f %8.2f %8.2f %5.0f%% %11.1f %9s%n", label, pageCount / median.wallSeconds(),
                median.wallSeconds(), median.cpuSeconds(), 100 * median.utilisation(),
                pageCount / Math.max(1e-9, median.cpuSeconds()),
                median.peakHeapBytes() < 0 ? "-" : (median.peakHeapBytes() >> 20) + " MB");
    }

    private void stages(StageClock batch, StageClock large) {
        if (batch == null && large == null) {
            return;
        }
        out.printf("%-34s %12s %12s%n", "brief CPU s per stage (all runs)", "batch", "large");
        for (StageClock.Stage s : StageClock.Stage.values()) {
            out.printf(Locale.ROOT, "  %-32s %12s %12s%n", s.name().toLowerCase(Locale.ROOT), stage(batch, s), stage(large, s));
        }
        out.println();
    }

    private static String stage(StageClock clock, StageClock.Stage s) {
        return clock == null ? "-" : String.format(Locale.ROOT, "%.2f", clock.seconds().get(s));
    }

    private void cold(Path index, Path work) {
        String l = launcher.toAbsolutePath().toString();
        Path dir = Path.of("").toAbsolutePath();
        out.printf("%-34s %12s %12s%n", "cold command (launcher, " + runs + " runs)", "median wall", "median CPU");
        coldLine("search 반도체 보조금", dir, r -> List.of(l, "search", "반도체 보조금", "--index", index.toAbsolutePath().toString()));
        coldLine("extract " + coldFile.getFileName(), dir, r -> List.of(l, "extract", coldFile.toAbsolutePath().toString()));
        coldLine("ingest " + coldFile.getFileName(), dir, r -> {
            Path fresh = work.resolve("cold-" + r);
            delete(fresh);
            return List.of(l, "ingest", coldFile.toAbsolutePath().toString(), "--index", fresh.resolve("index").toString(),
                    "--out", fresh.resolve("extracted").toString());
        });
        out.println();
    }

    private void coldLine(String label, Path dir, java.util.function.IntFunction<List<String>> command) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        ColdRun.of(dir, command.apply(-1)); // a first run may build the jar or record the class cache
        for (int r = 0; r < runs; r++) {
            ColdRun.Cost c = ColdRun.of(dir, command.apply(r));
            wall.add(c.wallSeconds());
            cpu.add(c.cpuSeconds());
        }
        out.printf(Locale.ROOT, "  %-32s %10.2f s %10.2f s%n", label, Measure.median(wall), Measure.median(cpu));
    }

    /** {@return {@code target}, made afresh from copies of the passages of {@code index} covering {@code pages} pages} */
    private Path copied(Path index, Path target, int pages) {
        long start = System.nanoTime();
        int[] counts = copyIndex(index, target, pages);
        out.printf(Locale.ROOT, "bench: %d briefs, %d passages copied into %s for serve (%.0f s)%n", counts[0], counts[1],
                target, (System.nanoTime() - start) / 1e9);
        out.flush();
        return target;
    }

    /**
     * Writes into {@code target} (emptied first) copies of every brief of {@code index} under new ids
     * until they cover {@code pages} pages ({@link EngineBenchCommand#copies}); {@return briefs and passages written}
     */
    static int[] copyIndex(Path index, Path target, int pages) {
        Map<String, List<brief.index.Passage>> copies = EngineBenchCommand.copies(new BriefIndex(index).passages(), pages);
        delete(target);
        BriefIndex copy = new BriefIndex(target);
        copies.forEach(copy::replace);
        copy.flush();
        return new int[] {copies.size(), copies.values().stream().mapToInt(List::size).sum()};
    }

    private void serve(Path index, Path extracted, String what) throws IOException {
        Process server = new ProcessBuilder(launcher.toAbsolutePath().toString(), "serve", "--port", "0", "--index",
                index.toAbsolutePath().toString(), "--extracted", extracted.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            java.util.regex.Matcher m = first == null ? null
                    : java.util.regex.Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(first);
            if (m == null || !m.find()) {
                throw new IllegalStateException("brief serve did not start: " + first);
            }
            URI base = URI.create(m.group(1));
            Thread drain = new Thread(() -> lines.lines().forEach(s -> { }), "bench serve output");
            drain.setDaemon(true);
            drain.start();
            LoadTest.run(base, connections, Math.min(200, requests), seconds); // warm-up, not counted
            LoadTest.Result r = LoadTest.run(base, connections, requests, seconds);
            out.printf(Locale.ROOT, "serve (%s): %d connections, %d requests in %.1f s: "
                            + "%.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d failed%n",
                    what, connections, r.latencies().size(), r.wallSeconds(), r.perSecond(),
                    1000 * Measure.quantile(r.latencies(), 0.5), 1000 * Measure.quantile(r.latencies(), 0.99), r.failed());
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int pages(List<Path> files) {
        return files.stream().mapToInt(f -> PdfReader.pageCount(f, PdfReader.Options.DEFAULT)).sum();
    }

    /** Deletes {@code dir} and everything in it, if it exists; a file that cannot go is an error naming the folder. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot delete (" + e.getMessage() + ")", e);
        }
    }
}
