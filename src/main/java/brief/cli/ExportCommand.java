package brief.cli;

import brief.facts.FactFiles;
import brief.facts.FactsExport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Every fact of every ingested document in one file.",
                "json: an array of fact files; jsonl and csv: one row per fact (csv with a BOM for Excel)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--extracted", paramLabel = "DIR", description = "fact files folder (default: ${DEFAULT-VALUE})")
    Path extracted = brief.Home.path("extracted");

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, jsonl or csv (default: ${DEFAULT-VALUE})")
    String format = "json";

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Optional<Path> out = Optional.empty();

    @Override
    public Integer call() throws IOException {
        FactsExport.Format f;
        try {
            f = FactsExport.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new brief.BadOptionException("--format " + format, "unknown format; use json, jsonl or csv", e);
        }
        var docs = new FactFiles(extracted).readAll();
        if (out.isPresent()) {
            Path parent = out.get().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = FactFiles.siblingTemp(out.get());
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                    new FactsExport().write(docs, f, w);
                }
                Files.move(tmp, out.get(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            spec.commandLine().getErr().printf("brief: wrote %d document(s) to %s%n", docs.size(), out.get());
        } else {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            new FactsExport().write(docs, f, w);
        }
        return 0;
    }
}
