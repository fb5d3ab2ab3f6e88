package brief.cli;

import brief.Ingester;
import brief.Pipeline;
import brief.facts.FactFiles;
import brief.index.BriefIndex;
import brief.index.IngestLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"PDFs, or folders of PDFs, into the search index and fact files.",
                "An unchanged file is skipped; a changed one replaces its old version."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "PDF files or folders (default: corpus/)")
    List<Path> paths = List.of();

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = brief.Home.path("index");

    @Option(names = "--out", paramLabel = "DIR", description = "fact files folder (default: ${DEFAULT-VALUE})")
    Path out = brief.Home.path("extracted");

    @Option(names = "--published", paramLabel = "YYYY[-MM[-DD]]",
            description = "publication date for relative dates, overriding the PDFs' metadata")
    Optional<String> published = Optional.empty();

    @Option(names = "--force", description = "re-extract unchanged files too (after upgrading brief)")
    boolean force;

    @Option(names = "--jobs", paramLabel = "N",
            description = "files read and extracted at once; the index is still written by one thread (default: ${DEFAULT-VALUE})")
    int jobs = Ingester.DEFAULT_JOBS;

    @Option(names = "--to", paramLabel = "ENGINE", converter = Engine.Converter.class, description = "where passages go: local (the --index folder, "
            + "default) or opensearch[=URL[,URL...]] (a cluster, default http://127.0.0.1:9200; index name from "
            + "BRIEF_OPENSEARCH_INDEX, credentials from BRIEF_OPENSEARCH_USER and BRIEF_OPENSEARCH_PASSWORD)")
    Engine to = Engine.LOCAL;

    @picocli.CommandLine.Mixin
    PdfOptions pdf = new PdfOptions();

    @Override
    public Integer call() {
        published.ifPresent(Dates::check);
        if (jobs < 1 || jobs > 64) {
            throw new brief.BadInputException("--jobs", "must be between 1 and 64", null);
        }
        List<Path> files = Ingester.pdfs(paths.isEmpty() ? List.of(brief.Home.path("corpus")) : paths);
        if (!to.isLocal()) {
            if (files.isEmpty()) {
                spec.commandLine().getErr().println("brief: no PDF files to ingest");
                return Errors.BAD_INPUT;
            }
            brief.index.PassageStore store = to.store(index);
            Ingester ingester = new Ingester(new Pipeline(), store, new FactFiles(out), published, force, pdf.options(),
                    jobs);
            try {
                return run(ingester, files, store.describe(), out, spec.commandLine().getOut(),
                        spec.commandLine().getErr(), System.console() != null);
            } finally {
                store.flush();
            }
        }
        return run(files, index, out, published, force, pdf.options(), jobs, spec.commandLine().getOut(),
                spec.commandLine().getErr(), System.console() != null);
    }

    static int run(List<Path> files, Path index, Path out, Optional<String> published, boolean force,
                   brief.pdf.PdfReader.Options pdfOptions, PrintWriter stdout, PrintWriter stderr) {
        return run(files, index, out, published, force, pdfOptions, Ingester.DEFAULT_JOBS, stdout, stderr,
                System.console() != null);
    }

    /** Ingests and prints a line per file and a summary; returns 1 when any file failed. */
    static int run(List<Path> files, Path index, Path out, Optional<String> published, boolean force,
                   brief.pdf.PdfReader.Options pdfOptions, PrintWriter stdout, PrintWriter stderr, boolean terminal) {
        return run(files, index, out, published, force, pdfOptions, Ingester.DEFAULT_JOBS, stdout, stderr, terminal);
    }

    /**
     * @param terminal whether a person watches (a console): then more than three files show a progress
     *                 bar instead of a line per file; a log or a pipe gets the lines
     */
    static int run(List<Path> files, Path index, Path out, Optional<String> published, boolean force,
                   brief.pdf.PdfReader.Options pdfOptions, int jobs, PrintWriter stdout, PrintWriter stderr,
                   boolean terminal) {
        if (files.isEmpty()) {
            stderr.println("brief: no PDF files to ingest");
            return Errors.BAD_INPUT;
        }
        Ingester ingester = new Ingester(new Pipeline(), new BriefIndex(index), new FactFiles(out), published, force,
                pdfOptions, jobs);
        try (IngestLock lock = IngestLock.acquire(index)) {
            return run(ingester, files, index.toString(), out, stdout, stderr, terminal);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(index + ": cannot release the ingest lock", e);
        }
    }

    private static int run(Ingester ingester, List<Path> files, String index, Path out, PrintWriter stdout,
                           PrintWriter stderr, boolean terminal) {
        int[] counts = new int[3];
        boolean bar = terminal && files.size() > 3;
        ProgressLine line = new ProgressLine(stderr);
        java.util.function.Consumer<String> say = bar ? line::above : stderr::println;
        try (ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(line).continuousUpdate().build() : null) {
            ingester.ingest(files, o -> {
                switch (o) {
                    case Ingester.Outcome.Ingested i -> {
                        counts[0]++;
                        i.warnings().forEach(w -> say.accept("brief: warning: " + i.file() + ": " + w));
                        i.notes().forEach(n -> say.accept("brief: note: " + i.file() + ": " + n));
                        if (!bar) {
                            stdout.printf("ingested  %s -> %s (%d pages, %d facts%s)%n", i.file(), i.id(), i.pages(), i.facts(),
                                    i.document().published().map(d -> "; published " + d + " from "
                                            + i.document().publishedFrom().orElse("?")).orElse(""));
                        }
                    }
                    case Ingester.Outcome.Unchanged u -> {
                        counts[1]++;
                        if (!bar) {
                            stdout.printf("unchanged %s%n", u.file());
                        }
                    }
                    case Ingester.Outcome.Failed f -> {
                        counts[2]++;
                        say.accept("brief: " + f.file() + ": " + f.reason());
                    }
                }
                if (pb != null) {
                    pb.step();
                }
            });
        }
        stdout.printf("%d ingested, %d unchanged, %d failed; index %s, facts %s%n", counts[0], counts[1], counts[2],
                index, out);
        return counts[2] == 0 ? 0 : Errors.BAD_INPUT;
    }
}
