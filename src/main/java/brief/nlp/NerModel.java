package brief.nlp;

import brief.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * A statistical name finder over Nori morphemes (OpenNLP {@link NameFinderME}, features from
 * {@link NerFeatures}). Spans come back as character spans, always on morpheme boundaries. The model
 * is immutable and safe to share; each {@link #find} call uses its own decoder.
 */
public final class NerModel {

    /** Where the shipped model lies on the class path (see the README beside it). */
    public static final String RESOURCE = "/brief/models/ner-konec.bin";

    /**
     * A sentence ready for the model: its morphemes, with the names a gazetteer knows in it. Nori
     * leaves punctuation out; the model needs it (without the comma, {@code TSMC, 삼성전자} reads as one
     * name), so {@link #of} puts back each punctuation character as a token tagged {@code PUNCT}.
     */
    public record Sentence(List<Token> tokens, List<NerSpan> known) {
        public Sentence {
            tokens = List.copyOf(tokens);
            known = List.copyOf(known);
        }

        /** {@return the sentence {@code range} of {@code text}: Nori's morphemes in it and the punctuation between} */
        public static Sentence of(String text, Span range, List<Token> morphemes, List<NerSpan> known) {
            List<Token> out = new ArrayList<>();
            int at = range.start();
            for (Token t : morphemes) {
                punctuation(text, at, t.span().start(), out);
                out.add(t);
                at = t.span().end();
            }
            punctuation(text, at, range.end(), out);
            return new Sentence(out, known);
        }

        private static void punctuation(String text, int from, int to, List<Token> out) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    out.add(new Token(text.substring(i, i + 1), "PUNCT", new Span(i, i + 1)));
                }
            }
        }
    }

    /** A training sentence: its morphemes, known names and gold spans in morphemes ([start, end) indices). */
    public record Example(Sentence sentence, List<TokenSpan> names) {
        public Example {
            names = List.copyOf(names);
        }
    }

    /** Morphemes {@code start} (inclusive) to {@code end} (exclusive) of a sentence, of one type. */
    public record TokenSpan(int start, int end, NerType type) {
        public TokenSpan {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") of " + type);
            }
        }
    }

    /** Fixed training settings: the same data always gives the same model. */
    public record Settings(String algorithm, int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings("PERCEPTRON", 300, 2);
    }

    static {
        // OpenNLP 2.5 instantiates only classes of packages it was told to trust; a model names
        // NerFeatures.Factory in its feature descriptor.
        ExtensionLoader.registerAllowedPackage("brief.nlp");
    }

    private final TokenNameFinderModel model;

    private NerModel(TokenNameFinderModel model) {
        this.model = model;
    }

    /** {@return the model shipped in the jar, empty when none has been trained yet} */
    public static Optional<NerModel> standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Optional<NerModel> INSTANCE = loadResource();

        private static Optional<NerModel> loadResource() {
            try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("reading class-path resource " + RESOURCE, e);
            }
        }
    }

    /** Reads a model; the caller closes {@code in}. */
    public static NerModel read(InputStream in) throws IOException {
        return new NerModel(new TokenNameFinderModel(in));
    }

    /** Writes this model; the caller closes {@code out}. */
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /**
     * Trains one model for every type found in {@code examples}, on one thread, so that the same
     * examples and settings give the same model.
     */
    public static NerModel train(List<Example> examples, Settings settings) {
        TrainingParameters params = Training.deterministic(settings.algorithm(), settings.iterations(),
                settings.cutoff());
        List<NameSample> samples = new ArrayList<>();
        for (Example e : examples) {
            opennlp.tools.util.Span[] names = e.names().stream()
                    .map(n -> new opennlp.tools.util.Span(n.start(), n.end(), n.type().label()))
                    .toArray(opennlp.tools.util.Span[]::new);
            samples.add(new NameSample(NerFeatures.encode(e.sentence().tokens(), e.sentence().known()), names, true));
        }
        try {
            TokenNameFinderFactory factory = new TokenNameFinderFactory(
                    NerFeatures.Factory.DESCRIPTOR.getBytes(StandardCharsets.UTF_8), Collections.emptyMap(),
                    new BioCodec());
            return new NerModel(NameFinderME.train("ko", null, new CollectionObjectStream<>(samples), params,
                    factory));
        } catch (IOException e) {
            throw new UncheckedIOException("training from a list cannot fail on input", e);
        }
    }

    /**
     * Finds spans in sentences of one text; the previous-outcome memory lasts for the call.
     *
     * @return per sentence, the spans found as character spans of the text the tokens index
     */
    public List<List<NerSpan>> find(List<Sentence> sentences) {
        java.util.function.Function<String[], opennlp.tools.util.Span[]> finder = finder();
        List<List<NerSpan>> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.tokens().isEmpty()) {
                out.add(List.of());
                continue;
            }
            List<NerSpan> found = new ArrayList<>();
            for (opennlp.tools.util.Span sp : finder.apply(NerFeatures.encode(s.tokens(), s.known()))) {
                Span chars = new Span(s.tokens().get(sp.getStart()).span().start(),
                        s.tokens().get(sp.getEnd() - 1).span().end());
                found.add(new NerSpan(chars, NerType.ofLabel(sp.getType())));
            }
            out.add(List.copyOf(found));
        }
        return out;
    }

    /**
     * {@return a finder of names in encoded sentences, remembering previous outcomes from call to call}
     * For a perceptron model (what {@link Settings#DEFAULT} trains), the steps of
     * {@code NameFinderME.find} with the beam search over a {@link PrefixSumPerceptron}, which gives the
     * same scores with a third of the sums; for any other model, {@code NameFinderME} itself.
     */
    private java.util.function.Function<String[], opennlp.tools.util.Span[]> finder() {
        Optional<opennlp.tools.ml.perceptron.PerceptronModel> quick = perceptron();
        if (quick.isEmpty()) {
            NameFinderME plain = new NameFinderME(model);
            return plain::find;
        }
        opennlp.tools.ml.perceptron.PerceptronModel perceptron = quick.get();
        // as NameFinderME's constructor makes them
        AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
        SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        SequenceValidator<String> validator = codec.createSequenceValidator();
        String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        BeamSearch beam = new BeamSearch(beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize),
                new PrefixSumPerceptron(perceptron));
        NameContextGenerator context = model.getFactory().createContextGenerator();
        context.addFeatureGenerator(new WindowFeatureGenerator(additional, 8, 8));
        String[][] noAdditionalContext = new String[0][0];
        return tokens -> {
            additional.setCurrentContext(noAdditionalContext);
            Sequence best = beam.bestSequence(tokens, noAdditionalContext, context, validator);
            List<String> outcomes = best.getOutcomes();
            context.updateAdaptiveData(tokens, outcomes.toArray(new String[0]));
            return codec.decode(outcomes);
        };
    }

    /** {@return the model's perceptron, if it is one} */
    Optional<opennlp.tools.ml.perceptron.PerceptronModel> perceptron() {
        return model.getArtifact("nameFinder.model") instanceof opennlp.tools.ml.perceptron.PerceptronModel p
                ? Optional.of(p) : Optional.empty();
    }

    /** {@return OpenNLP's own finder of this model, for checking {@link #finder} against} */
    NameFinderME openNlpFinder() {
        return new NameFinderME(model);
    }

    /** {@return the types this model was trained on} */
    public List<NerType> types() {
        List<NerType> out = new ArrayList<>();
        for (String outcome : model.getNameFinderSequenceModel().getOutcomes()) {
            int dash = outcome.lastIndexOf('-');
            if (dash > 0) {
                NerType t = NerType.ofLabel(outcome.substring(0, dash));
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        Collections.sort(out);
        return out;
    }
}
