package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeExtractorTest {

    private final NodeExtractor extractor = new NodeExtractor();

    private String extract(String sentence) {
        List<NodeMention> found = extractor.extract(Texts.analyzed(sentence));
        for (NodeMention n : found) {
            assertEquals(n.span().of(sentence), n.text(), "text is the span's surface");
        }
        return Texts.render(found, n -> Texts.at(n.text(), n.span()) + " " + n.nm().toString()
                + n.range().map(r -> " [" + r.from() + "~" + r.to() + "]").orElse(""));
    }

    /** The first four rows come from fki-global-brief-16 (wraps joined); the rest are written in the style of news briefs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "또한, Renesas Electronics는 TSMC의 3나노미터(nm) 공정기술을 활용하여 자동차용 고성능 시스템온칩(SoC)을 개발하고 있으며" | "3나노미터(nm)@31-40 3"
            "이 공장은 주로 12~28 나노급 공정 기술을 활용해 자동차와 산업용 반도체 수요에 대응하고 있다." | "12~28 나노급@9-18 12 [12~28] ; 12~28 나노급@9-18 28 [12~28]"
            "생산공정 12·16, 22·28nm 범용 반도체 6~7nm 등 고급 반도체" | "12·16, 22·28nm@5-19 12 ; 12·16, 22·28nm@5-19 16 ; 12·16, 22·28nm@5-19 22 ; 12·16, 22·28nm@5-19 28 ; 6~7nm@27-32 6 [6~7] ; 6~7nm@27-32 7 [6~7]"
            "2025 Renesas Electronics + TSMC 3nm 공정기술 활용, 차량용 시스템온칩(SoC) 개발" | "3nm@32-35 3"
            "삼성전자는 2나노 공정 양산을 2025년에 시작한다." | "2나노@6-9 2"
            "인텔은 1.4나노(14A) 공정 로드맵을 공개했다." | "1.4나노@4-9 1.4"
            "SMIC는 5 nm 칩을, 라피더스는 2 나노 칩을 만든다." | "5 nm@6-10 5 ; 2 나노@21-25 2"
            "SK하이닉스는 10나노미터급 6세대 D램을 양산한다." | "10나노미터급@8-15 10"
            "DB하이텍은 90나노 공정과 7ㆍ5나노 라인을 비교했다." | "90나노@7-11 90 ; 7ㆍ5나노@16-21 7 ; 7ㆍ5나노@16-21 5"
            "TSMC는 3nm(나노미터) 공정의 수율을 높였다." | "3nm(나노미터)@6-15 3"
            "라인은 16‧12・7nm로 나뉜다." | "16‧12・7nm@4-13 16 ; 16‧12・7nm@4-13 12 ; 16‧12・7nm@4-13 7"
            "12/16nm 공정 라인을 증설한다." | "12/16nm@0-7 12 ; 12/16nm@0-7 16"
            "5㎚ 공정 칩이다." | "5㎚@0-2 5"
            """)
    void findsNodes(String sentence, String expected) {
        assertEquals(expected, extract(sentence));
    }

    /** Wavelengths, nanoseconds, words without a figure, Intel's Ångström names, sizes that are no node. */
    @ParameterizedTest
    @ValueSource(strings = {
        "ASML의 EUV 장비는 13.5nm 파장의 빛을 쓴다.",
        "13.5nm EUV 광원을 쓴다.",
        "ArF 노광기는 193nm 광원을 쓴다.",
        "파장 13.5nm의 극자외선",
        "나노기술 연구소",
        "10나노초 단위로 측정",
        "인텔 18A 공정",
        "입자 크기는 500nm이다",
        "2024년 12월",
    })
    void ignoresNonNodes(String sentence) {
        assertEquals("", extract(sentence));
    }

    /** fki-global-brief-16 as PDFBox wraps it: the gloss is on the next line. */
    @Test
    void glossAfterALineBreak() {
        assertEquals("3나노미터\n(nm)@6-16 3", extract("TSMC의 3나노미터\n(nm) 공정기술"));
    }

    @ParameterizedTest
    @CsvSource({"10, 10, 0", "1.40, 1.4, 1", "3.0, 3, 0", "28, 28, 0"})
    void normalizesWithoutExponent(BigDecimal written, String plain, int scale) {
        BigDecimal nm = NodeMention.normalize(written);
        assertEquals(plain, nm.toString());
        assertEquals(scale, nm.scale());
    }
}
