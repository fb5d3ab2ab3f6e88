package brief.cli;

import brief.index.BriefIndex;
import brief.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"A local search page on 127.0.0.1, open until Ctrl-C: the documents with their dates, pages and "
                + "facts; hits with snippets, paging and copies folded; firm and year facets; each page as "
                + "rendered with the hit marked, beside its text; the original PDF at that page."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = brief.Home.path("index");

    @Option(names = "--extracted", paramLabel = "DIR", description = "fact files (default: ${DEFAULT-VALUE})")
    Path extracted = brief.Home.path("extracted");

    @Option(names = "--engine", paramLabel = "ENGINE", converter = Engine.Converter.class, description = "local (the --index folder, default) or "
            + "opensearch[=URL[,URL...]] (a cluster that 'brief ingest --to opensearch' filled)")
    Engine engine = Engine.LOCAL;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new brief.BadOptionException("--port " + port, "must be between 0 and 65535 (0 picks a free one)");
        }
        brief.index.SearchEngine searcher = engine.isLocal()
                ? new brief.index.Searcher(SearchCommand.existingIndex(index, spec)) : engine.searcher(index);
        WebServer started;
        try {
            started = WebServer.start(port, searcher, extracted);
        } catch (java.net.BindException e) {
            throw new brief.BadInputException("--port " + port, "already in use (" + e.getMessage()
                    + "); stop what listens there or pick another port (--port 0 picks a free one)", e);
        }
        try (WebServer web = started) {
            out.println("serving http://127.0.0.1:" + web.port() + "/ (Ctrl-C stops)");
            out.flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
