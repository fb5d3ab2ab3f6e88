package brief.cli;

import brief.BadInputException;
import brief.eval.ListScore;
import brief.eval.Scorer;
import brief.facts.FactsJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Precision, recall and F1 per list against hand-made gold files.",
                "Micro-averaged over documents; shows what was missed and what was extra."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE|DIR", description = "gold file or folder of *.gold.json (default: corpus/)")
    Optional<Path> gold = Optional.empty();

    @Option(names = "--extracted", paramLabel = "DIR", description = "fact files folder (default: ${DEFAULT-VALUE})")
    Path extracted = brief.Home.path("extracted");

    @Override
    public Integer call() throws IOException {
        Map<String, ListScore> totals = evaluate(goldFiles(gold.orElse(brief.Home.path("corpus"))), extracted,
                spec.commandLine().getOut());
        print(totals, spec.commandLine().getOut());
        return 0;
    }

    static List<Path> goldFiles(Path gold) throws IOException {
        if (Files.isRegularFile(gold)) {
            return List.of(gold);
        }
        if (!Files.isDirectory(gold)) {
            throw new BadInputException(gold, "no such gold file or folder");
        }
        try (Stream<Path> s = Files.list(gold)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
            if (files.isEmpty()) {
                throw new BadInputException(gold, "no *.gold.json files here");
            }
            return files;
        }
    }

    /** Scores each gold file against its fact file, printing misses and extras; returns the totals per list. */
    static Map<String, ListScore> evaluate(List<Path> goldFiles, Path extracted, PrintWriter out) {
        Map<String, ListScore> totals = new LinkedHashMap<>();
        Scorer scorer = new Scorer();
        for (Path g : goldFiles) {
            JsonNode gold = FactsJson.read(g);
            String id = gold.path("document").path("id").asText(
                    g.getFileName().toString().replace(".gold.json", ""));
            Path predicted = extracted.resolve(id + ".json");
            if (!Files.isRegularFile(predicted)) {
                throw new BadInputException(predicted, "no fact file for gold " + g + "; ingest " + id + " first");
            }
            out.printf("%s%n", id);
            for (ListScore s : scorer.score(brief.eval.PageScope.narrow(FactsJson.read(predicted), gold),
                    brief.eval.PageScope.scoredGold(gold))) {
                if (!brief.eval.PageScope.scores(gold, s.list())) {
                    continue; // a gold of some pages holds some lists only
                }
                totals.merge(s.list(), s, ListScore::plus);
                if (!s.missed().isEmpty()) {
                    out.printf("  %-13s missed: %s%n", s.list(), String.join(", ", s.missed()));
                }
                if (!s.extra().isEmpty()) {
                    out.printf("  %-13s extra:  %s%n", s.list(), String.join(", ", s.extra()));
                }
            }
        }
        return totals;
    }

    static void print(Map<String, ListScore> totals, PrintWriter out) {
        out.printf("%-14s %9s %6s %6s %6s%n", "list", "pred/gold", "P", "R", "F1");
        List<ListScore> all = new ArrayList<>(totals.values());
        for (ListScore s : all) {
            out.printf(Locale.ROOT, "%-14s %4d/%-4d %6.3f %6.3f %6.3f%n", s.list(), s.predicted(), s.gold(),
                    s.precision(), s.recall(), s.f1());
        }
    }
}
