package brief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The alignment of a passage with its page, on small hand-made pages. */
class PassageAlignerTest {

    private final PassageAligner aligner = new PassageAligner();

    private static void assertScore(WordScore s, int extracted, int reference, int aligned) {
        assertEquals(new WordScore(extracted, reference, aligned), s);
    }

    @Test
    void aPassageFoundWordForWordInsideItsPageScoresOneWhateverSurroundsIt() {
        String page = "- 3 - 머리말 한 줄 정부는 올해 처음 제도를 도입했다. 다음 문단이 이어진다.";
        assertScore(aligner.score("정부는 올해 처음 제도를 도입했다.", page), 5, 5, 5);
    }

    @Test
    void aSplitWordCostsItsPiecesInTheWindowAndTheWordInThePassage() {
        // 민주 적 for 민주적: the window is 5 words of which 3 align; 4 reference words, 3 found. The window
        // of 모든 국민의 alone has the same F1 (2 / (2 + 4) = 3 / (5 + 4)); the tie goes to more aligned words
        WordScore s = aligner.score("모든 국민의 민주적 참여", "모든 국민의 민주 적 참여");
        assertScore(s, 5, 4, 3);
        assertEquals(0.6, s.precision(), 1e-9);
        assertEquals(0.75, s.recall(), 1e-9);
    }

    @Test
    void wordsOfAnotherColumnInterleavedIntoThePassageAreCountedAgainstIt() {
        // a two-column page read across: the right column's words fall between the passage's own
        String page = "왼쪽 첫째 오른쪽 하나 왼쪽 둘째 오른쪽 둘 왼쪽 셋째";
        assertScore(aligner.score("왼쪽 첫째 왼쪽 둘째 왼쪽 셋째", page), 10, 6, 6);
    }

    @Test
    void theWindowStopsWhereItsF1StopsRising() {
        // the stray 셋째 far to the right would add one aligned word at the price of five extra ones
        String page = "첫째 둘째 가 나 다 라 마 셋째";
        assertScore(aligner.score("첫째 둘째 셋째", page), 2, 3, 2);
    }

    @Test
    void wordsOutOfOrderAlignOnlyAsALongestCommonSubsequence() {
        assertScore(aligner.score("가 나 다 라", "라 다 나 가"), 1, 4, 1);
        // 가 나 라 aligns three words with no extra one; adding 다 would add a word and align none
        assertScore(aligner.score("가 나 다 라", "가 나 라 다"), 3, 4, 3);
    }

    @Test
    void anAbsentPassageAlignsNothing() {
        assertScore(aligner.score("전혀 다른 문장", "이 페이지의 글자는 모두 다르다"), 0, 3, 0);
        assertScore(aligner.score("전혀 다른 문장", ""), 0, 3, 0);
    }

    @Test
    void quotesDashesTildesAndMiddleDotsFoldAndMarkersDrop() {
        // U+318D (a Hangul word processor's middle dot), curly quotes, an en dash, a full-width tilde
        assertEquals(List.of("탄소중립·녹색성장", "\"탄소중립기본계획\"", "중앙-지방", "0.5~3.0"),
                PassageAligner.words("□ 탄소중립\u318D녹색성장 \u201C탄소중립기본계획\u201D ▸ 중앙\u2013지방 0.5\uFF5E3.0 -"));
        assertScore(aligner.score("① 중앙-지방 간", "\u2460 중앙\u2212지방 간"), 3, 3, 3);
    }

    @Test
    void aWindowIsAtMostThreeTimesThePassage() {
        // the passage's two words 7 apart: a window of 8 words exceeds 3 x 2, so only one word aligns
        assertScore(aligner.score("처음 끝", "처음 가 나 다 라 마 바 끝"), 1, 2, 1);
        assertScore(aligner.score("처음 끝", "처음 가 나 다 라 끝"), 1, 2, 1);
        assertScore(aligner.score("처음 끝", "처음 가 끝"), 3, 2, 2);
    }
}
