package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ko | 일본 정부는 구마모토현에 들어서는 TSMC 제2공장에 최대 7,320억 엔을 지원하기로 했다.",
        "en | The Japanese government will subsidise the second TSMC fab in Kumamoto with up to 732 billion yen.",
        "ja | 日本政府は熊本県に建設されるTSMCの第2工場に最大7320億円を補助することを決めた。",
        "und | 2025 / 12 / 31",
        // a bilingual form: as many words of each, many more Latin letters than Hangul syllables
        "ko | 복학원서(학부) Reinstatement Form (Undergraduate) 학과/학부 Department/Major 성명 Name 휴대 전화 Mobile Phone",
        "ko | 한글English한글English한글English",
        // an English report naming Korean firms in Hangul too
        "en | Samsung Electronics (삼성전자) and SK hynix (SK하이닉스) lead the memory market, where prices rose sharply"
            + " in the third quarter as demand for high-bandwidth memory from data centres outgrew supply."})
    void namesTheLanguageInTwoLetters(String code, String text) {
        assertEquals(code, DETECTOR.detect(text));
    }

    @ParameterizedTest
    @CsvSource({"kor, ko", "eng, en", "jpn, ja", "cmn, zh", "zzz, zzz"})
    void mapsThreeLetterCodes(String iso3, String iso1) {
        assertEquals(iso1, LanguageDetector.toIso1(iso3));
    }
}
