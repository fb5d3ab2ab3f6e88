package brief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordScoreTest {

    @Test
    void aWrongSpaceCostsOneWordAndTwoReferenceWordsStayAligned() {
        WordScore s = WordScore.of("전기차 위탁생산에 나 선다고 발표했다.", "전기차 위탁생산에 나선다고 발표했다.");
        assertEquals(5, s.extracted());
        assertEquals(4, s.reference());
        assertEquals(3, s.aligned());
        assertEquals(0.6, s.precision(), 1e-9);
        assertEquals(0.75, s.recall(), 1e-9);
    }

    @Test
    void furnitureInTheTextLowersPrecisionOnly() {
        WordScore s = WordScore.of("002 FKI 한국도 이제", "한국도 이제");
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }
}
