package brief.cli;

import brief.BadInputException;
import brief.extract.Gazetteer;
import brief.ner.KonecCorpus;
import brief.ner.KonecSentence;
import brief.ner.NerErrors;
import brief.ner.NerEvaluation;
import brief.ner.NerScore;
import brief.nlp.NerModel;
import brief.nlp.NerType;
import brief.nlp.RuleSentences;
import brief.nlp.SentenceModel;
import brief.nlp.SentenceSplitter;
import brief.ner.SentenceData;
import brief.ner.SentenceEvaluation;
import brief.ner.SentenceScore;
import java.util.LinkedHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Entity-level precision, recall and F1 of firm, organization, date and money on the",
                "evaluation part of the konec data, strict (exact span) and lenient (overlap), for the",
                "gazetteer with rules, the model alone, and both."})
final class EvalNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "TSV", description = "konec TSV (default: ${DEFAULT-VALUE})")
    Path data = KonecCorpus.DEFAULT_TSV;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the one in the jar)")
    Optional<Path> modelFile = Optional.empty();

    /** Which part of the data to score. */
    enum Part { eval, dev, train }

    @Option(names = "--part", description = "eval (default), dev (the slice train --without-dev leaves out) or train")
    Part part = Part.eval;

    @Option(names = "--sentence-gold", paramLabel = "FILE",
            description = "a brief's hand-checked sentences, one a line (default: ${DEFAULT-VALUE}; skipped when absent)")
    Path sentenceGold = Path.of("corpus/fki-global-brief-16.sentences.txt");

    @Option(names = "--errors", paramLabel = "CONFIG:TYPE",
            description = {"instead of the scores, list the lenient errors of one configuration (rules, model or",
                    "combined) on one type (firm, organization, date, money), e.g. combined:firm; only on the dev",
                    "or train part: the evaluation part is scored, never read"})
    Optional<String> errors = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (errors.isPresent()) {
            return errors(out, errors.get());
        }
        NerModel model = model();
        List<KonecSentence> all = KonecCorpus.read(data);
        List<KonecSentence> sentences = switch (part) {
            case eval -> KonecCorpus.eval(all);
            case dev -> KonecCorpus.dev(all);
            case train -> KonecCorpus.train(all);
        };
        NerEvaluation.Result result = new NerEvaluation(model, Gazetteer.standard()).evaluate(sentences);
        out.printf("konec %s: %d sentences (%s part)%n", data.getFileName(), sentences.size(), part);
        print(result.scores(), out);
        out.println("names of the other type (lenient): gold firms found only as organisations, gold organisations only as firms");
        result.confusions().forEach((c, n) -> out.printf("%-16s firm as organization %3d, organization as firm %3d%n",
                c.title(), n.firmsAsOrganizations(), n.organizationsAsFirms()));
        out.println();
        sentences(all, sentences, out);
        return 0;
    }

    private int errors(PrintWriter out, String which) throws IOException {
        String[] parts = which.split(":", -1);
        NerEvaluation.Config config = parts.length != 2 ? null : switch (parts[0]) {
            case "rules" -> NerEvaluation.Config.RULES;
            case "model" -> NerEvaluation.Config.MODEL;
            case "combined" -> NerEvaluation.Config.COMBINED;
            default -> null;
        };
        NerType type = parts.length != 2 ? null : java.util.Arrays.stream(NerType.values())
                .filter(t -> t.label().equals(parts[1])).findFirst().orElse(null);
        if (config == null || type == null) {
            throw new brief.BadOptionException("--errors " + which,
                    "write CONFIG:TYPE, CONFIG one of rules, model, combined and TYPE one of firm, organization, date, money");
        }
        if (part == Part.eval) {
            throw new brief.BadOptionException("--errors " + which, "the evaluation part is only scored, never read;"
                    + " give --part dev (with a model trained by train --without-dev) or --part train");
        }
        List<KonecSentence> all = KonecCorpus.read(data);
        List<KonecSentence> sentences = part == Part.dev ? KonecCorpus.dev(all) : KonecCorpus.train(all);
        var found = new NerErrors(new NerEvaluation(model(), Gazetteer.standard()))
                .errors(sentences, KonecCorpus.readTags(data), config, type);
        out.printf("%s errors of %s on %s, %s part (%d sentences): %d false positives, %d false negatives%n",
                type.label(), parts[0], data.getFileName(), part, sentences.size(),
                found.stream().filter(e -> e.side() == NerErrors.Side.FALSE_POSITIVE).count(),
                found.stream().filter(e -> e.side() == NerErrors.Side.FALSE_NEGATIVE).count());
        out.println("side\tsurface\tNIKL tags there\tother types predicted there\tmodel alone there\tsentence id\tsentence");
        for (NerErrors.NerError e : found) {
            out.println(String.join("\t", e.side() == NerErrors.Side.FALSE_POSITIVE ? "FP" : "FN", e.surface(),
                    e.tags(), e.here(), e.model(), e.sentence(), e.text().replace('\t', ' ')));
        }
        return 0;
    }

    /**
     * Sentence boundaries: the rule splitter against an OpenNLP model trained here, from the training
     * part (without the development slice when that is what is scored), on pseudo-paragraphs of the
     * scored part (all of it, and its news alone) and on a brief's hand-checked sentences.
     */
    private void sentences(List<KonecSentence> all, List<KonecSentence> scored, PrintWriter out) {
        List<KonecSentence> training = part == Part.eval ? KonecCorpus.train(all) : KonecCorpus.trainWithoutDev(all);
        long t0 = System.nanoTime();
        SentenceModel model = SentenceModel.train(SentenceData.paragraphs(training), SentenceModel.Settings.DEFAULT);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, List<SentenceModel.Paragraph>> sets = new LinkedHashMap<>();
        sets.put("konec " + part + ", all", SentenceData.paragraphs(scored));
        sets.put("konec " + part + ", news", SentenceData.paragraphs(scored.stream().filter(KonecSentence::isNews).toList()));
        if (Files.isRegularFile(sentenceGold)) {
            sets.put(sentenceGold.getFileName().toString(), SentenceEvaluation.readGold(sentenceGold));
        }
        out.printf(Locale.ROOT, "sentence boundaries inside a line (model: %s, trained on %d sentences in %.1f s)%n",
                SentenceModel.Settings.DEFAULT, training.size(), seconds);
        out.printf("%-36s %-8s %5s %5s | %6s %6s %6s%n", "text", "splitter", "pred", "gold", "P", "R", "F1");
        Map<String, SentenceSplitter> splitters = new LinkedHashMap<>();
        splitters.put("rule", new RuleSentences());
        splitters.put("model", model);
        for (var set : sets.entrySet()) {
            for (var sp : splitters.entrySet()) {
                SentenceScore s = SentenceEvaluation.score(sp.getValue(), set.getValue());
                out.printf(Locale.ROOT, "%-36s %-8s %5d %5d | %6.3f %6.3f %6.3f%n", set.getKey(), sp.getKey(),
                        s.predicted(), s.gold(), s.precision(), s.recall(), s.f1());
            }
        }
    }

    private NerModel model() throws IOException {
        if (modelFile.isEmpty()) {
            return NerModel.standard().orElseThrow(() -> new BadInputException(NerModel.RESOURCE,
                    "no model in the jar; run ./brief train", null));
        }
        Path f = modelFile.get();
        if (!Files.isRegularFile(f)) {
            throw new BadInputException(f, "no such model file");
        }
        try (InputStream in = Files.newInputStream(f)) {
            return NerModel.read(in);
        }
    }

    static void print(Map<NerEvaluation.Config, Map<NerType, NerScore>> scores, PrintWriter out) {
        out.printf("%-16s %-13s %5s %5s | %6s %6s %6s | %6s %6s %6s%n", "config", "type", "pred", "gold",
                "P", "R", "F1", "lenP", "lenR", "lenF1");
        for (var c : scores.entrySet()) {
            for (var t : c.getValue().entrySet()) {
                NerScore s = t.getValue();
                out.printf(Locale.ROOT, "%-16s %-13s %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
                        c.getKey().title(), t.getKey().label(), s.predicted(), s.gold(), s.strictPrecision(),
                        s.strictRecall(), s.strictF1(), s.lenientPrecision(), s.lenientRecall(), s.lenientF1());
            }
        }
    }
}
