package brief;

import brief.facts.FactFiles;
import brief.facts.Facts;
import brief.index.PassageStore;
import brief.index.Passage;
import brief.pdf.PdfReader;
import brief.index.Passages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * PDFs into the index and the fact folder: files processed by a bounded pool of workers, the index and
 * the fact files written by one thread in the order of the files. A file whose content hash the index
 * already holds (and whose fact file exists) is skipped; a changed one replaces its old version whole.
 * A bad file is reported and the batch goes on.
 */
public final class Ingester {

    /** What happened to one file. */
    public sealed interface Outcome {
        Path file();

        /**
         * @param warnings what went wrong reading the file, yet left it readable
         * @param notes    what the facts say was not done (extractors skipped for a non-Korean brief)
         */
        record Ingested(Path file, String id, int pages, int facts, List<String> warnings, List<String> notes,
                        brief.facts.DocumentInfo document)
                implements Outcome {
            public Ingested {
                warnings = List.copyOf(warnings);
                notes = List.copyOf(notes);
            }
        }

        record Unchanged(Path file, String id) implements Outcome { }

        record Failed(Path file, String reason) implements Outcome { }
    }

    private final Pipeline pipeline;
    private final PassageStore index;
    private final FactFiles out;
    private final Optional<String> published;
    private final boolean force;
    private final PdfReader.Options pdfOptions;
    private final int jobs;

    public Ingester(Pipeline pipeline, PassageStore index, FactFiles out, Optional<String> published, boolean force) {
        this(pipeline, index, out, published, force, PdfReader.Options.DEFAULT);
    }

    public Ingester(Pipeline pipeline, PassageStore index, FactFiles out, Optional<String> published, boolean force,
                    PdfReader.Options pdfOptions) {
        this(pipeline, index, out, published, force, pdfOptions, DEFAULT_JOBS);
    }

    /** Workers by default: the two cores of a small machine; more than the machine has only queue up. */
    public static final int DEFAULT_JOBS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * @param pipeline   shared by the workers (it is stateless between documents)
     * @param published  overrides every file's publication date; given, files are re-extracted
     * @param force      re-extract files whose content the index already holds
     * @param pdfOptions password and bounds for reading each PDF; its budget for a file (a base plus a
     *                   share per page) also bounds the whole processing of that file, twice over
     * @param jobs       files processed at once; the index and the fact files are still written by one
     *                   thread, in the order of the files
     */
    public Ingester(Pipeline pipeline, PassageStore index, FactFiles out, Optional<String> published, boolean force,
                    PdfReader.Options pdfOptions, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.pipeline = pipeline;
        this.index = index;
        this.out = out;
        this.published = published;
        this.force = force;
        this.pdfOptions = pdfOptions;
        this.jobs = jobs;
    }

    /**
     * {@return the documents named by {@code paths}: files as they are, folders searched for {@code *.pdf},
     * {@code *.hwp} and {@code *.hwpx}} (a named file is read by its content, whatever its name)
     */
    public static List<Path> pdfs(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && DOCUMENT.matcher(f.getFileName().toString()).matches())
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list (" + e.getMessage() + ")", e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static final java.util.regex.Pattern DOCUMENT =
            java.util.regex.Pattern.compile("(?i).+\\.(pdf|hwp|hwpx)");

    /**
     * Ingests every file, telling {@code each} what happened to it (in the order of the files, on the
     * calling thread), and returns all outcomes. Up to {@code jobs} files are read and extracted at once
     * while this thread writes the fact files and the index, in order, so the result is the one a
     * serial run gives. A window of twice the workers bounds how many finished files wait in memory.
     */
    public List<Outcome> ingest(List<Path> files, Consumer<Outcome> each) {
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(jobs, daemons("ingest worker"));
        try {
            ArrayDeque<Pending> window = new ArrayDeque<>();
            Map<Path, DocumentIds.Assigned> assigned = new DocumentIds(out).assign(files);
            Set<String> ids = new HashSet<>();
            for (Path file : files) {
                DocumentIds.Assigned a = assigned.get(file);
                String id = a.id();
                if (!ids.add(id)) {
                    // a second file of the same id sees what the first one wrote, as in a serial run
                    drain(window, outcomes, each);
                }
                window.add(start(file, a, workers));
                while (window.size() > 2 * jobs) {
                    finish(window.poll(), outcomes, each);
                }
            }
            drain(window, outcomes, each);
        } finally {
            workers.shutdownNow();
        }
        return outcomes;
    }

    /** A file on its way: either decided at once (unchanged) or being processed by a worker. */
    private record Pending(Path file, String id, Optional<String> note, Optional<Outcome> decided,
                           Optional<Future<Pipeline.Result>> work) {
    }

    private Pending start(Path file, DocumentIds.Assigned assigned, ExecutorService workers) {
        String id = assigned.id();
        Optional<String> note = assigned.note();
        try {
            if (Files.isRegularFile(file) && published.isEmpty() && !force) {
                String sha = Hashes.sha256(file);
                if (index.sha256(id).filter(sha::equals).isPresent() && out.holds(id, sha)) {
                    return new Pending(file, id, note, Optional.of(new Outcome.Unchanged(file, id)), Optional.empty());
                }
            }
        } catch (BadInputException e) {
            return new Pending(file, id, note, Optional.of(new Outcome.Failed(file, e.reason())), Optional.empty());
        } catch (RuntimeException e) {
            return new Pending(file, id, note, Optional.of(new Outcome.Failed(file, "internal error: " + e)), Optional.empty());
        }
        return new Pending(file, id, note, Optional.empty(), Optional.of(workers.submit(() -> processBounded(file, id))));
    }

    private void drain(ArrayDeque<Pending> window, List<Outcome> outcomes, Consumer<Outcome> each) {
        while (!window.isEmpty()) {
            finish(window.poll(), outcomes, each);
        }
    }

    private void finish(Pending p, List<Outcome> outcomes, Consumer<Outcome> each) {
        Outcome o = p.decided().orElseGet(() -> write(p.file(), p.id(), p.note(), p.work().orElseThrow()));
        outcomes.add(o);
        each.accept(o);
    }

    private Outcome write(Path file, String id, Optional<String> note, Future<Pipeline.Result> work) {
        try {
            Pipeline.Result result = result(work);
            pipeline.clock().run(StageClock.Stage.INDEXING, () -> {
                out.write(result.facts(), result.text().text());
                index.replace(id, passages(result));
            });
            Facts f = result.facts();
            int count = f.firms().size() + f.organizations().size() + f.dates().size() + f.amounts().size()
                    + f.nodes().size();
            List<String> notes = new ArrayList<>(note.stream().toList());
            notes.addAll(f.notes());
            return new Outcome.Ingested(file, id, f.document().pages(), count, result.warnings(), notes, f.document());
        } catch (BadInputException e) {
            return new Outcome.Failed(file, e.reason());
        } catch (RuntimeException e) {
            return new Outcome.Failed(file, "internal error: " + e);
        }
    }

    private static <T> T result(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return rethrow(e);
        }
    }

    private static <T> T rethrow(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            throw re;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e.getCause());
    }

    /**
     * Processes one file on a daemon thread and gives up on it when that thread has spent twice the
     * reader's budget for the file in CPU time (its base timeout plus its share per page: a long healthy
     * PDF gets the time it needs, a short hostile one does not), or ten times that in wall time (a thread
     * that waits instead of working). CPU time, because on a busy machine a healthy file may get a small
     * share of a core: a 1,000-page PDF given 7% of a core was abandoned by a wall-clock limit. The page
     * count comes from a first, light look at the file; until it is known, the budget of a file without
     * pages applies. The reader stops itself at its own deadline; this catches what it cannot see (a
     * stream that never ends decoding, a pathological layout). An abandoned thread is left to die with
     * the process.
     */
    private Pipeline.Result processBounded(Path file, String id) {
        java.util.concurrent.atomic.AtomicReference<Thread> runner = new java.util.concurrent.atomic.AtomicReference<>();
        ThreadFactory named = daemons("ingest " + file.getFileName());
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = named.newThread(r);
            runner.set(t);
            return t;
        });
        long started = System.nanoTime();
        AtomicLong limit = new AtomicLong(2 * pdfOptions.budget(0).toNanos());
        Future<Pipeline.Result> task = worker.submit(() -> {
            limit.set(2 * pdfOptions.budget(PdfReader.pageCount(file, pdfOptions)).toNanos());
            return pipeline.process(file, id, Home.source(file), published, pdfOptions);
        });
        try {
            while (true) {
                try {
                    return task.get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long cpu = cpuNanos(runner.get());
                    long wall = System.nanoTime() - started;
                    boolean over = cpu >= 0 ? cpu > limit.get() || wall > 10 * limit.get() : wall > limit.get();
                    if (over) {
                        task.cancel(true);
                        throw new BadInputException(file, "processing took longer than "
                                + TimeUnit.NANOSECONDS.toSeconds(limit.get()) + " s" + (cpu >= 0 ? " of CPU time" : "")
                                + "; abandoned", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(file, "interrupted", e);
        } catch (ExecutionException e) {
            return rethrow(e);
        } finally {
            worker.shutdownNow();
        }
    }

    /** How often the watchdog looks at a file's thread. */
    private static final long WATCH_MILLIS = 250;

    /** {@return the CPU time {@code thread} has used, or -1 when the JVM cannot tell} */
    private static long cpuNanos(Thread thread) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (thread == null || !threads.isThreadCpuTimeSupported()) {
            return -1;
        }
        return threads.getThreadCpuTime(thread.threadId());
    }

    private static ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    static List<Passage> passages(Pipeline.Result result) {
        return Passages.of(result.text(), result.facts());
    }
}
