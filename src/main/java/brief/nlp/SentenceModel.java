package brief.nlp;

import brief.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * A statistical sentence splitter (OpenNLP {@link SentenceDetectorME}) trained on Korean. Each line of
 * the text is split on its own, so a line break still ends a sentence; inside a line the model decides
 * at each {@code .}, {@code ?} and {@code !} whether a sentence ends there. Immutable and safe to share;
 * each {@link #split} call uses its own detector.
 *
 * <p>Not shipped: on konec news and on the brief it does no better than {@link RuleSentences} (see
 * {@code brief eval-ner}, which trains it from konec's training part in a second, deterministically).
 */
public final class SentenceModel implements SentenceSplitter {

    /** A training paragraph: its text and its sentences as spans of it. */
    public record Paragraph(String text, List<Span> sentences) {
        public Paragraph {
            sentences = List.copyOf(sentences);
        }
    }

    /** Fixed training settings: the same data always gives the same model. */
    public record Settings(String algorithm, int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings("MAXENT", 100, 5);
    }

    private final opennlp.tools.sentdetect.SentenceModel model;

    private SentenceModel(opennlp.tools.sentdetect.SentenceModel model) {
        this.model = model;
    }

    /** Reads a model; the caller closes {@code in}. */
    public static SentenceModel read(InputStream in) throws IOException {
        return new SentenceModel(new opennlp.tools.sentdetect.SentenceModel(in));
    }

    /** Writes this model; the caller closes {@code out}. */
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** Trains on {@code paragraphs}, on one thread, so that the same data and settings give the same model. */
    public static SentenceModel train(List<Paragraph> paragraphs, Settings settings) {
        TrainingParameters params = Training.deterministic(settings.algorithm(), settings.iterations(),
                settings.cutoff());
        List<SentenceSample> samples = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            samples.add(new SentenceSample(p.text(), p.sentences().stream()
                    .map(s -> new opennlp.tools.util.Span(s.start(), s.end()))
                    .toArray(opennlp.tools.util.Span[]::new)));
        }
        try {
            // no abbreviation dictionary: Korean prose has few, and the model learns "U.S." from context
            SentenceDetectorFactory factory = new SentenceDetectorFactory("ko", true, null, null);
            return new SentenceModel(SentenceDetectorME.train("ko", new CollectionObjectStream<>(samples), factory,
                    params));
        } catch (IOException e) {
            throw new UncheckedIOException("training from a list cannot fail on input", e);
        }
    }

    @Override
    public List<Span> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Span> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String line = text.substring(from, to);
            if (!line.isBlank()) {
                for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
                    RuleSentences.addTrimmed(text, from + s.getStart(), from + s.getEnd(), out);
                }
            }
            from = to + 1;
        }
        return out;
    }
}
