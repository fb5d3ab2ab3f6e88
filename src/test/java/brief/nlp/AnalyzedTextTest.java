package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.text.CleanText;
import brief.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

    @Test
    void sentenceAtFindsWhatAScanFinds() {
        String text = "삼성전자는 투자한다. TSMC도 그렇다!  \n표 1\n\n일본 정부는 보조금을 준다? 끝";
        List<Span> sentences = new RuleSentences().split(text);
        AnalyzedText analyzed = new AnalyzedText(CleanText.ofSinglePage(text), sentences, List.of());
        for (int offset = -1; offset <= text.length() + 1; offset++) {
            Span expected = new Span(0, text.length());
            for (Span s : sentences) {
                if (s.start() <= offset && offset < s.end()) {
                    expected = s;
                    break;
                }
            }
            assertEquals(expected, analyzed.sentenceAt(offset), "offset " + offset);
        }
        assertEquals(new Span(0, text.length()), new AnalyzedText(CleanText.ofSinglePage(text), List.of(), List.of())
                .sentenceAt(3), "no sentences: the whole text");
    }
}
