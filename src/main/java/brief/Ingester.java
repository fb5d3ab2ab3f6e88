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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * PDFs into the index and the fact folder, one file at a time. A file whose content hash the index
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
        record Ingested(Path file, String id, int pages, int facts, List<String> warnings, List<String> notes)
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

    public Ingester(Pipeline pipeline, PassageStore index, FactFiles out, Optional<String> published, boolean force) {
        this(pipeline, index, out, published, force, PdfReader.Options.DEFAULT);
    }

    /**
     * @param published  overrides every file's publication date; given, files are re-extracted
     * @param force      re-extract files whose content the index already holds
     * @param pdfOptions password and bounds for reading each PDF; its timeout also bounds the whole
     *                   processing of one file (twice the reader's own, for layout and extraction)
     */
    public Ingester(Pipeline pipeline, PassageStore index, FactFiles out, Optional<String> published, boolean force,
                    PdfReader.Options pdfOptions) {
        this.pipeline = pipeline;
        this.index = index;
        this.out = out;
        this.published = published;
        this.force = force;
        this.pdfOptions = pdfOptions;
    }

    /** {@return the PDFs named by {@code paths}: files as they are, folders searched for {@code *.pdf}} */
    public static List<Path> pdfs(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase().endsWith(".pdf"))
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

    /** Ingests every file, telling {@code each} what happened to it, and returns all outcomes. */
    public List<Outcome> ingest(List<Path> files, Consumer<Outcome> each) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            Outcome o = ingestOne(file);
            outcomes.add(o);
            each.accept(o);
        }
        return outcomes;
    }

    private Outcome ingestOne(Path file) {
        String id = Pipeline.idOf(file);
        try {
            if (Files.isRegularFile(file) && published.isEmpty() && !force) {
                String sha = Hashes.sha256(file);
                if (index.sha256(id).filter(sha::equals).isPresent() && out.holds(id, sha)) {
                    return new Outcome.Unchanged(file, id);
                }
            }
            Pipeline.Result result = processBounded(file);
            out.write(result.facts(), result.text().text());
            index.replace(id, passages(result));
            Facts f = result.facts();
            int count = f.firms().size() + f.organizations().size() + f.dates().size() + f.amounts().size()
                    + f.nodes().size();
            return new Outcome.Ingested(file, id, f.document().pages(), count, result.warnings(), f.notes());
        } catch (BadInputException e) {
            return new Outcome.Failed(file, e.reason());
        } catch (RuntimeException e) {
            return new Outcome.Failed(file, "internal error: " + e);
        }
    }

    /**
     * Processes one file on a daemon thread and gives up on it after twice the reader's timeout. The
     * reader stops itself at its deadline; this catches what it cannot see (a stream that never ends
     * decoding, a pathological layout). An abandoned thread is left to die with the process.
     */
    private Pipeline.Result processBounded(Path file) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ingest " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
        Future<Pipeline.Result> task = worker.submit(() -> pipeline.process(file, display(file), published, pdfOptions));
        long limit = 2 * pdfOptions.timeout().toMillis();
        try {
            return task.get(limit, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new BadInputException(file, "processing took longer than " + limit / 1000 + " s; abandoned", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(file, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            worker.shutdownNow();
        }
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
    }

    static List<Passage> passages(Pipeline.Result result) {
        return Passages.of(result.text(), result.facts());
    }
}
