package brief.cli;

import brief.BadInputException;
import brief.Pipeline;
import brief.facts.FactFiles;
import brief.facts.FactsJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Facts of one document as brief-facts/1 JSON, from a PDF or plain UTF-8 text.",
                "Prints the JSON, or with --out writes DIR/<id>.json and the clean text DIR/<id>.txt.",
                "Nothing touches the index."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PDF", description = "the PDF to read (or an HWP, HWPX or UTF-8 text file, told by its content)")
    Optional<Path> pdf = Optional.empty();

    @Option(names = "--text", paramLabel = "FILE", description = "read plain UTF-8 text instead ('-' = standard input)")
    Optional<String> text = Optional.empty();

    @Option(names = "--published", paramLabel = "YYYY[-MM[-DD]]",
            description = "publication date, for relative dates (올해, 지난해); overrides the PDF's metadata")
    Optional<String> published = Optional.empty();

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<id>.json and DIR/<id>.txt")
    Optional<Path> out = Optional.empty();

    @picocli.CommandLine.Mixin
    PdfOptions pdfOptions = new PdfOptions();

    @Option(names = "--id", description = "document id for text input (default: the file name, or 'stdin')")
    Optional<String> id = Optional.empty();

    @Override
    public Integer call() throws IOException {
        published.ifPresent(Dates::check);
        if (pdf.isPresent() == text.isPresent()) {
            throw new brief.BadOptionException("extract", "give either a PDF or --text FILE (or --text - for standard input), not both");
        }
        Pipeline pipeline = new Pipeline();
        Pipeline.Result result;
        if (text.isPresent()) {
            String name = text.get();
            String content = name.equals("-") ? decode("standard input", System.in.readAllBytes()) : readText(Path.of(name));
            String docId = id.orElseGet(() -> name.equals("-") ? "stdin" : Pipeline.idOf(Path.of(name)));
            result = pipeline.processText(docId, name.equals("-") ? "-" : name, content, published);
            if (result.facts().document().published().isEmpty()) {
                spec.commandLine().getErr().println(
                        "brief: note: no --published date and none in the text; relative dates (올해, 지난해) are left out");
            }
        } else {
            result = pipeline.process(pdf.get(), pdf.get().toString(), published, pdfOptions.options());
            result.warnings().forEach(w -> spec.commandLine().getErr().printf("brief: warning: %s: %s%n", pdf.get(), w));
        }
        result.facts().notes().forEach(n -> spec.commandLine().getErr().println("brief: note: " + n));
        result.facts().document().published().ifPresent(d -> spec.commandLine().getErr().printf(
                "brief: published %s (from %s)%n", d, result.facts().document().publishedFrom().orElse("?")));
        if (out.isPresent()) {
            new FactFiles(out.get()).write(result.facts(), result.text().text());
            spec.commandLine().getOut().printf("wrote %s and %s%n",
                    out.get().resolve(result.facts().document().id() + ".json"),
                    out.get().resolve(result.facts().document().id() + ".txt"));
        } else {
            spec.commandLine().getOut().print(FactsJson.write(result.facts()));
        }
        return 0;
    }

    private static String readText(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "no such file");
        }
        try {
            return decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, "not UTF-8 text", e);
        }
    }
}
