package brief.cli;

import brief.facts.FactsJson;
import brief.index.BriefIndex;
import brief.index.Filters;
import brief.index.Hit;
import brief.index.SearchResult;
import brief.index.SearchEngine;
import brief.index.Searcher;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Ranked passages for a query, Korean morphology aware (반도체 finds 반도체를), firm names in "
                + "any language (홍하이 finds 폭스콘), numbers by value (3nm finds 3나노미터).",
                "The query is plain text: every word is required, \"a phrase\" in double quotes stays whole, and "
                + "other punctuation separates words (소재/부품, TSMC-소니). With --syntax it is Lucene query "
                + "syntax: -exclude, OR, field:value, wildcards."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (several words are one query)")
    List<String> words;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = brief.Home.path("index");

    @Option(names = "--limit", paramLabel = "N", description = "at most N hits, 1 to 1000 (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--syntax", description = "read the query as Lucene query syntax instead of plain text")
    boolean syntax;

    @Option(names = "--engine", paramLabel = "ENGINE", converter = Engine.Converter.class, description = "local (the --index folder, default) or "
            + "opensearch[=URL[,URL...]] (a cluster that 'brief ingest --to opensearch' filled)")
    Engine engine = Engine.LOCAL;

    @Option(names = "--json", description = "print {query, total, hits[{id, title, page, score, snippet, passage}], facets}")
    boolean json;

    @Option(names = "--firm", paramLabel = "NAME", description = "only passages naming this firm (any of its names)")
    String firm;

    @Option(names = "--country", paramLabel = "C", description = "only passages naming a firm or body of this country (JP, 일본)")
    String country;

    @Option(names = "--year", paramLabel = "FROM..TO", description = "only passages with a date in these years (2024, 2024..2025, ..2025)")
    String year;

    @Option(names = "--nm", paramLabel = "NM", description = "only passages naming this process node (3, 1.4)")
    BigDecimal nm;

    @Option(names = "--min-yen", paramLabel = "YEN", description = "only passages naming a sum of at least this many yen")
    Long minYen;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        Filters filters = new Filters(Optional.ofNullable(firm), Optional.ofNullable(country), Optional.empty(),
                Optional.empty(), Optional.ofNullable(nm), minYen == null ? OptionalLong.empty() : OptionalLong.of(minYen));
        if (year != null) {
            filters = filters.withYears(year);
        }
        if (limit < 1 || limit > 1000) {
            throw new brief.BadOptionException("--limit " + limit, "must be between 1 and 1000");
        }
        SearchResult result;
        try (SearchEngine searcher = engine.isLocal() ? new Searcher(existingIndex(index, spec)) : engine.searcher(index)) {
            result = searcher.search(query, limit, filters, syntax);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(FactsJson.write(result));
        } else {
            print(result, out, System.console() != null);
        }
        return 0;
    }

    /**
     * {@return the index at {@code dir}, refusing a folder that does not exist with one line: a typo in
     * {@code --index} is wrong usage (exit 2), a default index not yet made is bad input (exit 1)}
     */
    static BriefIndex existingIndex(Path dir, CommandSpec spec) {
        if (!java.nio.file.Files.isDirectory(dir) && spec.commandLine().getParseResult().hasMatchedOption("--index")) {
            throw new brief.BadOptionException("--index " + dir, "no such folder; ingest into it first "
                    + "('brief ingest PDF... --index " + dir + "') or give the folder ingest wrote");
        }
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new brief.BadInputException(dir, "no index here yet; run 'brief ingest PDF...' (or 'brief demo') first");
        }
        return new BriefIndex(dir);
    }

    static void print(SearchResult result, PrintWriter out, boolean ansi) {
        out.printf("%d passage(s) match '%s'%n", result.total(), result.query());
        int rank = 1;
        for (Hit h : result.hits()) {
            out.printf(Locale.ROOT, "%2d. %s  p.%d  (%.2f)  %s%n", rank++, h.id(), h.page(), h.score(), h.title());
            String snippet = ansi ? h.snippet().replace("<b>", "\u001b[1m").replace("</b>", "\u001b[0m")
                    : h.snippet().replace("<b>", "[").replace("</b>", "]");
            out.println("    " + snippet);
        }
        for (Map.Entry<String, Map<String, Integer>> facet : result.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                out.println(facet.getKey() + ": " + facet.getValue().entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
            }
        }
    }
}
