package brief.cli;

import brief.eval.Judgments;
import brief.eval.SearchEval;
import brief.index.Analysis;
import brief.index.BriefIndex;
import brief.index.Passage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search-eval", mixinStandardHelpOptions = true,
        description = {"Ranking quality (MRR, nDCG@10, recall@10) of the shipped analysis against Lucene's "
                + "StandardAnalyzer and CJKAnalyzer on the passages of an index and a judged query set; "
                + "warm query latency; cold start of one 'brief search' process."})
final class SearchEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "the index whose passages are used (default: ${DEFAULT-VALUE})")
    Path index = brief.Home.path("index");

    @Option(names = "--queries", paramLabel = "FILE", description = "judged queries (default: ${DEFAULT-VALUE})")
    Path queries = brief.Home.path("src/test/resources/search/queries.tsv");

    @Option(names = "--variants", description = "also measure the Nori choices: decompound modes, stop tags, dictionary, aliases")
    boolean variants;

    @Option(names = "--cold-runs", paramLabel = "N", description = "'brief search' processes to time (default: ${DEFAULT-VALUE}; 0: none)")
    int coldRuns = 5;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Passage> passages = new BriefIndex(index).passages();
        List<Judgments.Query> judged = Judgments.read(queries);
        out.printf("%d queries, %d passages of %d documents%n%n", judged.size(), passages.size(),
                passages.stream().map(Passage::docId).distinct().count());
        List<Analysis> configs = new ArrayList<>(List.of(Analysis.shipped(), Analysis.standard(), Analysis.cjk()));
        if (variants) {
            configs.addAll(variants());
        }
        Path tmp = Files.createTempDirectory("brief-eval");
        try {
            print(configs.stream().map(a -> SearchEval.runPerDocument(a, passages, judged, tmp)).toList(), out);
        } finally {
            delete(tmp);
        }
        if (coldRuns > 0) {
            out.println();
            out.println(ColdStart.measure(index, coldRuns));
        }
        return 0;
    }

    static void print(List<SearchEval.Scores> all, PrintWriter out) {
        out.printf("%-34s %6s %8s %9s %6s %9s %9s%n", "analysis", "MRR", "nDCG@10", "recall@10", "top3", "median", "p99");
        for (SearchEval.Scores s : all) {
            out.printf(Locale.ROOT, "%-34s %6.3f %8.3f %9.3f %6s %7.2fms %7.2fms%n", s.name(), s.mrr(), s.ndcg10(),
                    s.recall10(), s.missedTop3().isEmpty() ? "all" : s.missedTop3().size() + " miss", s.medianMillis(),
                    s.p99Millis());
        }
        for (SearchEval.Scores s : all) {
            if (!s.missedTop3().isEmpty()) {
                out.println(s.name() + " misses the top 3 for: " + String.join(", ", s.missedTop3()));
            }
        }
    }

    private static List<Analysis> variants() {
        List<Analysis> out = new ArrayList<>();
        for (DecompoundMode indexMode : DecompoundMode.values()) {
            for (DecompoundMode queryMode : List.of(DecompoundMode.NONE, DecompoundMode.DISCARD)) {
                for (var stop : List.of(Analysis.DEFAULT_STOP, Analysis.NOUNS_ONLY)) {
                    out.add(Analysis.nori("nori-" + indexMode + "/" + queryMode + (stop == Analysis.NOUNS_ONLY
                            ? "/nouns-only" : "/default-stop"), indexMode, queryMode, stop, true, true, true));
                }
            }
        }
        out.add(Analysis.nori("nori-shipped-no-dictionary", DecompoundMode.MIXED, DecompoundMode.NONE,
                Analysis.NOUNS_ONLY, false, true, true));
        out.add(Analysis.nori("nori-shipped-no-aliases", DecompoundMode.MIXED, DecompoundMode.NONE,
                Analysis.NOUNS_ONLY, true, false, true));
        out.add(Analysis.nori("nori-shipped-no-rewrite", DecompoundMode.MIXED, DecompoundMode.NONE,
                Analysis.NOUNS_ONLY, true, true, false));
        out.add(Analysis.nori("nori-plain (old default)", DecompoundMode.MIXED, DecompoundMode.MIXED,
                Analysis.DEFAULT_STOP, false, false, false));
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
