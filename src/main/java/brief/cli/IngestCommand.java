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
    Path index = Path.of("index");

    @Option(names = "--out", paramLabel = "DIR", description = "fact files folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("extracted");

    @Option(names = "--published", paramLabel = "YYYY[-MM[-DD]]",
            description = "publication date for relative dates, overriding the PDFs' metadata")
    Optional<String> published = Optional.empty();

    @Option(names = "--force", description = "re-extract unchanged files too (after upgrading brief)")
    boolean force;

    @Option(names = "--to", paramLabel = "ENGINE", converter = Engine.Converter.class, description = "where passages go: local (the --index folder, "
            + "default) or opensearch[=URL[,URL...]] (a cluster, default http://127.0.0.1:9200; index name from "
            + "BRIEF_OPENSEARCH_INDEX, credentials from BRIEF_OPENSEARCH_USER and BRIEF_OPENSEARCH_PASSWORD)")
    Engine to = Engine.LOCAL;

    @picocli.CommandLine.Mixin
    PdfOptions pdf = new PdfOptions();

    @Override
    public Integer call() {
        published.ifPresent(Dates::check);
        List<Path> files = Ingester.pdfs(paths.isEmpty() ? List.of(Path.of("corpus")) : paths);
        Engine engine = to;
        if (!engine.isLocal()) {
            if (files.isEmpty()) {
                spec.commandLine().getErr().println("brief: no PDF files to ingest");
                return Errors.BAD_INPUT;
            }
            brief.index.PassageStore store = engine.store(index);
            Ingester ingester = new Ingester(new Pipeline(), store, new FactFiles(out), published, force, pdf.options());
            try {
                return run(ingester, files, store.describe(), out, spec.commandLine().getOut(), spec.commandLine().getErr());
            } finally {
                store.flush();
            }
        }
        return run(files, index, out, published, force, pdf.options(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** Ingests and prints a line per file and a summary; returns 1 when any file failed. */
    static int run(List<Path> files, Path index, Path out, Optional<String> published, boolean force,
                   brief.pdf.PdfReader.Options pdfOptions, PrintWriter stdout, PrintWriter stderr) {
        if (files.isEmpty()) {
            stderr.println("brief: no PDF files to ingest");
            return Errors.BAD_INPUT;
        }
        Ingester ingester = new Ingester(new Pipeline(), new BriefIndex(index), new FactFiles(out), published, force,
                pdfOptions);
        try (IngestLock lock = IngestLock.acquire(index)) {
            return run(ingester, files, index.toString(), out, stdout, stderr);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(index + ": cannot release the ingest lock", e);
        }
    }

    private static int run(Ingester ingester, List<Path> files, String index, Path out, PrintWriter stdout,
                           PrintWriter stderr) {
        int[] counts = new int[3];
        boolean bar = files.size() > 3;
        try (ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build() : null) {
            ingester.ingest(files, o -> {
                switch (o) {
                    case Ingester.Outcome.Ingested i -> {
                        counts[0]++;
                        i.warnings().forEach(w -> stderr.printf("brief: warning: %s: %s%n", i.file(), w));
                        i.notes().forEach(n -> stderr.printf("brief: note: %s: %s%n", i.file(), n));
                        if (!bar) {
                            stdout.printf("ingested  %s -> %s (%d pages, %d facts)%n", i.file(), i.id(), i.pages(), i.facts());
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
                        stderr.printf("brief: %s: %s%n", f.file(), f.reason());
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
