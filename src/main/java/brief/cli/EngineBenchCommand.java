package brief.cli;

import brief.eval.SearchEval;
import brief.index.BriefIndex;
import brief.index.OpenSearchCluster;
import brief.index.OpenSearchIndex;
import brief.index.Passage;
import brief.index.PassageStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Both engines side by side in one run: the passages of an ingested index copied until they cover
 * {@code --pages} pages, written into a fresh local index and a fresh OpenSearch index brief by brief
 * as ingest writes them (pages per second), then each engine queried under a bounded concurrent load
 * from a second process on this machine ({@code engine-load}): requests per second, p50 and p99.
 */
@Command(name = "engine-bench", mixinStandardHelpOptions = true,
        description = {"Local index beside OpenSearch in one run: bulk pages/s, then query latency p50/p99 and "
                + "throughput under a bounded concurrent load from a second process on 127.0.0.1.",
                "Needs an ingested index (the passages to copy) and a running node (brief opensearch start)."})
final class EngineBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "index whose passages are copied (default: ${DEFAULT-VALUE})")
    Path index = Path.of("index");

    @Option(names = "--pages", paramLabel = "N", description = "pages to write into each engine (default: ${DEFAULT-VALUE})")
    int pages = 10_000;

    @Option(names = "--url", paramLabel = "URL", description = "the cluster (default: ${DEFAULT-VALUE})")
    String url = OpenSearchCluster.DEFAULT_URL;

    @Option(names = "--connections", paramLabel = "N", description = "concurrent searches of the load (default: ${DEFAULT-VALUE})")
    int connections = 8;

    @Option(names = "--seconds", paramLabel = "S", description = "length of each load run (default: ${DEFAULT-VALUE})")
    int seconds = 15;

    @Option(names = "--work", paramLabel = "DIR", description = "scratch folder for the local copy (default: ${DEFAULT-VALUE})")
    Path work = Path.of("target/engine-bench");

    static final String BENCH_INDEX = "brief-bench";

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || connections < 1 || seconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pages, --connections and --seconds must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Passage> source = new BriefIndex(index).passages();
        Map<String, List<Passage>> copies = copies(source, pages);
        long pageCount = copies.values().stream().mapToLong(ps -> ps.stream().map(Passage::page).distinct().count()).sum();
        int passageCount = copies.values().stream().mapToInt(List::size).sum();
        out.printf("%d briefs, %d pages, %d passages (copies of the %d passages of %s)%n", copies.size(), pageCount,
                passageCount, source.size(), index);
        out.flush();
        Path local = work.resolve("local");
        BenchCommand.delete(local);
        double localSeconds = write(new BriefIndex(local), copies);
        double remoteSeconds;
        try (OpenSearchCluster cluster = OpenSearchCluster.connect(url, BENCH_INDEX, System.getenv())) {
            OpenSearchIndex remote = new OpenSearchIndex(cluster);
            remote.drop();
            remoteSeconds = write(remote, copies);
        }
        Path queries = work.resolve("queries.txt");
        Files.write(queries, queries(source, 200));
        out.printf("%-11s %8s %9s | %5s %8s %8s %8s %8s%n", "engine", "write s", "pages/s", "conns", "queries",
                "q/s", "p50 ms", "p99 ms");
        row(out, "local", localSeconds, pageCount, load("local", local, queries));
        row(out, "opensearch", remoteSeconds, pageCount, load("opensearch=" + url, local, queries));
        return 0;
    }

    private static void row(PrintWriter out, String name, double seconds, long pages, double[] load) {
        out.printf(java.util.Locale.ROOT, "%-11s %8.1f %9.0f | %5.0f %8.0f %8.0f %8.2f %8.2f%n", name, seconds,
                pages / seconds, load[0], load[1], load[2], load[3], load[4]);
        out.flush();
    }

    /** Copies of every brief under new ids until {@code pages} pages are reached. */
    static Map<String, List<Passage>> copies(List<Passage> source, int pages) {
        Map<String, List<Passage>> byDoc = new LinkedHashMap<>();
        source.forEach(p -> byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p));
        Map<String, List<Passage>> out = new LinkedHashMap<>();
        long written = 0;
        for (int copy = 0; written < pages; copy++) {
            for (Map.Entry<String, List<Passage>> e : byDoc.entrySet()) {
                if (written >= pages) {
                    break;
                }
                String id = e.getKey() + "~" + copy;
                List<Passage> ps = new ArrayList<>();
                for (Passage p : e.getValue()) {
                    ps.add(new Passage(id, p.title(), brief.Hashes.sha256((p.sha256() + copy).getBytes(StandardCharsets.UTF_8)),
                            p.page(), p.ordinal(), p.text(), p.facts(), p.language()));
                }
                out.put(id, ps);
                written += ps.stream().map(Passage::page).distinct().count();
            }
        }
        return out;
    }

    private static double write(PassageStore store, Map<String, List<Passage>> copies) {
        long start = System.nanoTime();
        copies.forEach(store::replace);
        store.flush();
        return (System.nanoTime() - start) / 1e9;
    }

    private static final Pattern WORD = Pattern.compile("\\p{IsHangul}{2,}");

    /** Two neighbouring Hangul words of random passages: queries the corpus can answer. */
    static List<String> queries(List<Passage> source, int n) {
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        for (int tries = 0; out.size() < n && tries < 100 * n; tries++) {
            Passage p = source.get(random.nextInt(source.size()));
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(p.text());
            while (m.find()) {
                words.add(m.group());
            }
            if (words.size() >= 2) {
                int i = random.nextInt(words.size() - 1);
                out.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return out;
    }

    /** Runs {@code engine-load} in a second JVM; {@return connections, queries, q/s, p50, p99} */
    private double[] load(String engine, Path local, Path queries) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(EngineBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx1g", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-cp", jar, "brief.cli.Main", "engine-load", "--engine", engine,
                "--index", local.toString(), "--queries", queries.toString(), "--connections",
                Integer.toString(connections), "--seconds", Integer.toString(seconds))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("BRIEF_OPENSEARCH_INDEX", BENCH_INDEX);
        Process p = pb.start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.lines().reduce((a, b) -> b).orElse("");
        }
        if (p.waitFor() != 0 || line.isBlank()) {
            throw new IllegalStateException("engine-load for " + engine + " failed (exit " + p.exitValue() + ")");
        }
        return Arrays.stream(line.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    static double percentile(List<Double> values, double p) {
        return SearchEval.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), p);
    }
}
