package brief.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.RuleSentences;
import brief.nlp.SentenceModel;
import brief.text.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence splitters: the rule, a model trained on konec, and how boundaries are scored. */
class SentenceSplitTest {

    private static final String TEXT = "TSMC는 공장을 완공했다. 양산에 돌입했다.\n표 제목\n";

    @Test
    void ruleEndsSentencesAtPunctuationBeforeSpaceAndAtLineBreaks() {
        assertEquals(List.of(new Span(0, 15), new Span(16, 25), new Span(26, 30)), new RuleSentences().split(TEXT));
        assertEquals(List.of(new Span(0, 11)), new RuleSentences().split("3.5나노 공정이다."));
    }

    @Test
    void boundariesAreSentenceEndsInsideALine() {
        // gold: the two sentences of the first line; line ends are not counted
        List<Span> gold = List.of(new Span(0, 15), new Span(16, 25), new Span(26, 30));
        assertEquals(new SentenceScore(1, 1, 1), SentenceScore.of(new RuleSentences(), TEXT, gold));
        assertEquals(new SentenceScore(0, 1, 0), SentenceScore.of(t -> List.of(new Span(0, 25)), TEXT, gold));
    }

    @Test
    void pseudoParagraphsJoinConsecutiveSentences() {
        List<KonecSentence> s = List.of(new KonecSentence("a", "가다.", List.of()),
                new KonecSentence("b", "나다. ", List.of()), new KonecSentence("c", "다.", List.of()));
        SentenceModel.Paragraph p = SentenceData.paragraphs(s).get(0);
        assertEquals("가다. 나다. 다.", p.text());
        assertEquals(List.of(new Span(0, 3), new Span(4, 7), new Span(8, 10)), p.sentences());
    }

    @Test
    void theRuleGetsEveryBoundaryOfTheBriefsCheckedSentences() {
        List<SentenceModel.Paragraph> gold = SentenceEvaluation.readGold(
                Path.of("corpus/fki-global-brief-16.sentences.txt"));
        assertEquals(42, gold.size());
        SentenceScore s = SentenceEvaluation.score(new RuleSentences(), gold);
        assertEquals(new SentenceScore(30, 30, 30), s);
    }

    @Test
    void aModelTrainedOnKonecSplitsKoreanProseAndSurvivesARoundTrip() throws Exception {
        List<KonecSentence> train = KonecCorpus.train(KonecData.all()).subList(0, 800);
        SentenceModel model = SentenceModel.train(SentenceData.paragraphs(train), SentenceModel.Settings.DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        SentenceModel back = SentenceModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of(new Span(0, 15), new Span(16, 25), new Span(26, 30)), back.split(TEXT));
        SentenceScore news = SentenceEvaluation.score(back, SentenceData.paragraphs(
                KonecCorpus.eval(KonecData.all()).stream().filter(KonecSentence::isNews).toList()));
        assertTrue(news.f1() > 0.95, news.toString());
    }
}
