package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.extract.Gazetteer;
import brief.extract.OpenNlpNameFinder;
import brief.text.CleanText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import org.junit.jupiter.api.Test;

/**
 * The name finder over {@link PrefixSumPerceptron} finds what OpenNLP's own {@link NameFinderME} finds,
 * and the perceptron's scores are the same doubles, on the corpus's reference texts.
 */
class PrefixSumPerceptronTest {

    private static final NerModel MODEL = NerModel.standard().orElseThrow();

    private static List<NerModel.Sentence> sentences(String file) throws IOException {
        String text = Files.readString(Path.of("corpus/src", file), StandardCharsets.UTF_8);
        return OpenNlpNameFinder.sentences(new TextAnalyzer().analyze(CleanText.ofSinglePage(text)), Gazetteer.standard());
    }

    @Test
    void findsWhatNameFinderMeFinds() throws IOException {
        List<NerModel.Sentence> sentences = sentences("fki-global-brief-16.txt");
        NameFinderME plain = MODEL.openNlpFinder();
        List<List<NerSpan>> expected = new ArrayList<>();
        for (NerModel.Sentence s : sentences) {
            List<NerSpan> found = new ArrayList<>();
            if (!s.tokens().isEmpty()) {
                for (opennlp.tools.util.Span sp : plain.find(NerFeatures.encode(s.tokens(), s.known()))) {
                    found.add(new NerSpan(new brief.text.Span(s.tokens().get(sp.getStart()).span().start(),
                            s.tokens().get(sp.getEnd() - 1).span().end()), NerType.ofLabel(sp.getType())));
                }
            }
            expected.add(found);
        }
        List<List<NerSpan>> ours = MODEL.find(sentences);
        assertEquals(expected, ours);
        assertTrue(ours.stream().mapToInt(List::size).sum() > 5, "the brief names firms: " + ours);
    }

    @Test
    void scoresAreThePerceptronsToTheLastBit() throws IOException {
        PerceptronModel perceptron = MODEL.perceptron().orElseThrow();
        MaxentModel quick = new PrefixSumPerceptron(perceptron);
        NerFeatures generator = new NerFeatures();
        int compared = 0;
        for (NerModel.Sentence s : sentences("fki-global-brief-16.txt").subList(0, 12)) {
            String[] tokens = NerFeatures.encode(s.tokens(), s.known());
            for (int i = 0; i < tokens.length; i++) {
                List<String> own = new ArrayList<>();
                generator.createFeatures(own, tokens, i, new String[0]);
                // the candidates of the beam: the same own features, different previous outcomes
                for (String po : List.of("other", "firm-start", "firm-cont", "org-start")) {
                    List<String> context = new ArrayList<>(own);
                    context.addAll(List.of("po=" + po, "pow=" + po + "," + tokens[i], "powf=" + po + ",lc", "ppo=other"));
                    String[] c = context.toArray(String[]::new);
                    assertArrayEquals(perceptron.eval(c, new double[perceptron.getNumOutcomes()]),
                            quick.eval(c, new double[perceptron.getNumOutcomes()]), "token " + i + " after " + po);
                    compared++;
                }
            }
            generator.clearAdaptiveData();
        }
        assertTrue(compared > 100, compared + " contexts");
    }
}
