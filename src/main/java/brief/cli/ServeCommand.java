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
        description = "A local search page on 127.0.0.1: hits with snippets and pages, firm and year facets, each document's facts.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Path.of("index");

    @Option(names = "--extracted", paramLabel = "DIR", description = "fact files (default: ${DEFAULT-VALUE})")
    Path extracted = Path.of("extracted");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (WebServer web = WebServer.start(port, new BriefIndex(index), extracted)) {
            out.println("serving http://127.0.0.1:" + web.port() + "/ (Ctrl-C stops)");
            out.flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
