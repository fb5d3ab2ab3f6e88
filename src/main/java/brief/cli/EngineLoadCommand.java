package brief.cli;

import brief.index.SearchEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The load side of {@code engine-bench}, run in its own process: {@code --connections} threads, each
 * with an engine of its own, send the queries of {@code --queries} round-robin for {@code --seconds}
 * (and at most {@value #MAX_QUERIES} queries in all), after a warm-up pass. Prints one line: connections,
 * queries, queries per second, p50 and p99 in milliseconds.
 */
@Command(name = "engine-load", hidden = true, description = "Bounded concurrent search load (used by engine-bench).")
final class EngineLoadCommand implements Callable<Integer> {

    static final int MAX_QUERIES = 200_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--engine", converter = Engine.Converter.class, required = true)
    Engine engine;

    @Option(names = "--index")
    Path index = Path.of("index");

    @Option(names = "--queries", required = true)
    Path queries;

    @Option(names = "--connections")
    int connections = 8;

    @Option(names = "--seconds")
    int seconds = 15;

    @Override
    public Integer call() throws Exception {
        List<String> texts = Files.readAllLines(queries, StandardCharsets.UTF_8);
        try (SearchEngine warm = engine.searcher(index)) {
            texts.forEach(q -> warm.search(q, 10));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int offset = c;
            running.add(pool.submit(() -> {
                try (SearchEngine e = engine.searcher(index)) {
                    for (int i = offset; System.nanoTime() < end && millis.size() < MAX_QUERIES; i += connections) {
                        long t = System.nanoTime();
                        e.search(texts.get(i % texts.size()), 10);
                        millis.add((System.nanoTime() - t) / 1e6);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "%d %d %.1f %.2f %.2f%n", connections, millis.size(), millis.size() / wall,
                EngineBenchCommand.percentile(millis, 50), EngineBenchCommand.percentile(millis, 99));
        return 0;
    }
}
