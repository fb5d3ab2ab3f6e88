package brief.cli;

import brief.facts.FactsJson;
import brief.index.BriefIndex;
import brief.index.Hit;
import brief.index.SearchResult;
import brief.index.Searcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Ranked pages for a query, Korean morphology aware (반도체 finds 반도체를).",
                "Lucene query syntax: \"a phrase\", -exclude, OR."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (several words are one query)")
    List<String> words;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Path.of("index");

    @Option(names = "--limit", paramLabel = "N", description = "at most N hits (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--json", description = "print {query, total, hits[{id, title, page, score, snippet}]}")
    boolean json;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        SearchResult result = new Searcher(new BriefIndex(index)).search(query, Math.max(1, Math.min(limit, 1000)));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(FactsJson.write(result));
        } else {
            print(result, out, System.console() != null);
        }
        return 0;
    }

    static void print(SearchResult result, PrintWriter out, boolean ansi) {
        out.printf("%d page(s) match '%s'%n", result.total(), result.query());
        int rank = 1;
        for (Hit h : result.hits()) {
            out.printf(Locale.ROOT, "%2d. %s  p.%d  (%.2f)  %s%n", rank++, h.id(), h.page(), h.score(), h.title());
            String snippet = ansi ? h.snippet().replace("<b>", "\u001b[1m").replace("</b>", "\u001b[0m")
                    : h.snippet().replace("<b>", "[").replace("</b>", "]");
            out.println("    " + snippet);
        }
    }
}
