package brief.cli;

import brief.extract.Gazetteer;
import brief.ner.KonecCorpus;
import brief.ner.KonecSentence;
import brief.ner.NerTraining;
import brief.nlp.NerModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Rebuilds the name-finder model from the training part of the konec data.",
                "Deterministic: fixed algorithm, iterations and cutoff, one thread; the evaluation part",
                "(see eval-ner) is never read."})
final class TrainCommand implements Callable<Integer> {

    static final String MODEL_FILE = "ner-konec.bin";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "TSV", description = "konec TSV (default: ${DEFAULT-VALUE})")
    Path data = KonecCorpus.DEFAULT_TSV;

    @Option(names = "--out", paramLabel = "DIR", description = "where the model goes (default: ${DEFAULT-VALUE})")
    Path out = Path.of("src/main/resources/brief/models");

    @Option(names = "--iterations", description = "training iterations (default: ${DEFAULT-VALUE})")
    int iterations = NerModel.Settings.DEFAULT.iterations();

    @Option(names = "--cutoff", description = "features seen fewer times are dropped (default: ${DEFAULT-VALUE})")
    int cutoff = NerModel.Settings.DEFAULT.cutoff();

    @Option(names = "--algorithm", description = "PERCEPTRON or MAXENT (default: ${DEFAULT-VALUE})")
    String algorithm = NerModel.Settings.DEFAULT.algorithm();

    @Option(names = "--without-dev", description = "leave the development slice out, to choose settings on it")
    boolean withoutDev;

    @Option(names = "--types", split = ",", description = "train on these types only (default: all four)")
    java.util.Set<brief.nlp.NerType> types = java.util.EnumSet.allOf(brief.nlp.NerType.class);

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        List<KonecSentence> all = KonecCorpus.read(data);
        List<KonecSentence> train = withoutDev ? KonecCorpus.trainWithoutDev(all) : KonecCorpus.train(all);
        NerTraining.Examples ex = NerTraining.examples(train, Gazetteer.standard(), types);
        NerTraining.Alignment a = ex.alignment();
        o.printf(Locale.ROOT, "konec: %d sentences, %d for training (%d held out for eval-ner)%n", all.size(),
                train.size(), all.size() - train.size());
        o.printf(Locale.ROOT, "entities: %d; on morpheme boundaries %d, boundary inside a morpheme (widened) %d"
                + " (%.1f%%), dropped %d%n", a.entities(), a.exact(), a.widened(),
                100.0 * a.widened() / Math.max(1, a.entities()), a.dropped());
        long t0 = System.nanoTime();
        NerModel model = NerModel.train(ex.examples(), new NerModel.Settings(algorithm, iterations, cutoff));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(out);
        Path file = out.resolve(MODEL_FILE);
        try (OutputStream os = Files.newOutputStream(file)) {
            model.write(os);
        }
        if (!withoutDev) {
            Files.writeString(out.resolve("README.md"), readme(algorithm, iterations, cutoff), StandardCharsets.UTF_8);
        }
        o.printf(Locale.ROOT, "trained %s (%s, %d iterations, cutoff %d) in %.1f s: %s, %,d bytes%n",
                model.types(), algorithm, iterations, cutoff, seconds, file, Files.size(file));
        return 0;
    }

    private static String readme(String algorithm, int iterations, int cutoff) {
        return """
                # Models

                `%s`: OpenNLP name finder (firm, organization, date, money) over Nori morphemes, features in
                `brief.nlp.NerFeatures`. Rebuilt by `./brief train` (%s, %d iterations, cutoff %d, one thread).

                License: CC BY-SA 4.0. Trained from konec (korean-named-entity/konec, the KLUE NER v1.1 dev
                set re-annotated with the NIKL tag set; attribution: KLUE benchmark, KLUE-benchmark/KLUE),
                `konec-dev-train80.tsv`, training split only (sentences whose id hash mod 5 is not 0).
                """.formatted(MODEL_FILE, algorithm, iterations, cutoff);
    }
}
