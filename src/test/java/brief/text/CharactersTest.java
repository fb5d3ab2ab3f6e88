package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharactersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "소재・부품‧장비 | 소재·부품·장비",
        "6～7nm | 6~7nm",
        "12∼28 나노급 | 12~28 나노급",
        "ＴＳＭＣ １조 | TSMC 1조",
        "반도체\uFFFD | 반도체",
        "\u1100\u1161\u11A8 | 각",
    })
    void normalizesWhatMeansTheSame(String in, String out) {
        assertEquals(out, Characters.normalize(in));
    }
}
