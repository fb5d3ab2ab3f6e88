package brief.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.extract.AmountExtractor;
import brief.extract.AmountMention;
import brief.extract.DateExtractor;
import brief.extract.DateMention;
import brief.extract.NodeExtractor;
import brief.extract.NodeMention;
import brief.nlp.AnalyzedText;
import brief.nlp.NoriWrapJudge;
import brief.nlp.TextAnalyzer;
import brief.text.Characters;
import brief.text.CleanText;
import brief.text.WrapJoiner;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the text stages. In the normal test run each target replays its seeds
 * (src/test/resources/brief/fuzz/TextStagesFuzzTestInputs/...) and any crash found before; with
 * JAZZER_FUZZ=1 it fuzzes for its maxDuration (see README). Every target checks what must always
 * hold: no exception, and every mention's text is exactly the span it claims.
 */
class TextStagesFuzzTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final AmountExtractor AMOUNTS = new AmountExtractor();
    private static final NodeExtractor NODES = new NodeExtractor();
    private static final DateExtractor DATES = new DateExtractor(Optional.of("2025-05-20")); // a day: weekdays and 오늘 too
    private static final WrapJoiner JOINER = new WrapJoiner(new NoriWrapJudge());

    @FuzzTest(maxDuration = "30s")
    void extractorsKeepTheirSpans(FuzzedDataProvider data) {
        String text = Characters.normalize(data.consumeRemainingAsString());
        AnalyzedText analyzed = ANALYZER.analyze(CleanText.ofSinglePage(text));
        for (AmountMention m : AMOUNTS.extract(analyzed)) {
            assertEquals(m.text(), m.span().of(text));
            assertTrue(m.value() >= 0, "negative amount " + m);
        }
        for (NodeMention m : NODES.extract(analyzed)) {
            assertEquals(m.text(), m.span().of(text));
        }
        for (DateMention m : DATES.extract(analyzed)) {
            assertEquals(m.text(), m.span().of(text));
        }
    }

    @FuzzTest(maxDuration = "20s")
    void wrapJoinerAnswersASpaceOrNothing(FuzzedDataProvider data) {
        String left = data.consumeString(40);
        String right = data.consumeRemainingAsString();
        String sep = JOINER.separator(left, right);
        assertTrue(sep.isEmpty() || sep.equals(" "), "separator '" + sep + "'");
    }
}
