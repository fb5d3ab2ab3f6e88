package brief.cli;

import brief.Ingester;
import brief.index.BriefIndex;
import brief.index.Searcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The main job on the bundled corpus: ingest corpus/, write extracted/, score against the gold files, run example searches.")
final class DemoCommand implements Callable<Integer> {

    static final List<String> QUERIES = List.of("반도체 보조금", "폭스콘", "질화갈륨 전력 반도체");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Path corpus = brief.Home.path("corpus");
        Path index = brief.Home.path("index");
        Path extracted = brief.Home.path("extracted");
        out.println("== ingest corpus/ -> index/, extracted/");
        int code = IngestCommand.run(Ingester.pdfs(List.of(corpus)), index, extracted, Optional.empty(), false, brief.pdf.PdfReader.Options.DEFAULT, out,
                spec.commandLine().getErr());
        out.println();
        out.println("== eval against corpus/*.gold.json");
        EvalCommand.print(EvalCommand.evaluate(EvalCommand.goldFiles(corpus), extracted, out), out);
        try (Searcher searcher = new Searcher(new BriefIndex(index))) {
            for (String q : QUERIES) {
                out.println();
                out.println("== search " + q);
                SearchCommand.print(searcher.search(q, 3), out, System.console() != null);
            }
        }
        out.printf("%ndemo took %.1f s%n", (System.nanoTime() - start) / 1e9);
        return code;
    }
}
