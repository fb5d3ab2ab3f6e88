package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountExtractorTest {

    private final AmountExtractor extractor = new AmountExtractor();

    private String extract(String sentence) {
        List<AmountMention> found = extractor.extract(Texts.analyzed(sentence));
        for (AmountMention a : found) {
            assertEquals(a.span().of(sentence), a.text(), "text is the span's surface");
        }
        return Texts.render(found, a -> Texts.at(a.text(), a.span()) + " " + a.currency() + " " + a.value()
                + Texts.qualifier(a.qualifier()));
    }

    /** The first three rows come from fki-global-brief-16; the rest are written in the style of news briefs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "투자규모 약 1조 2,900억 엔 약 2조 엔 추산" | "약 1조 2,900억 엔@5-18 JPY 1290000000000 approx ; 약 2조 엔 추산@19-28 JPY 2000000000000 approx"
            "일본정부 보조금 약 4,760억 엔 약 7,320억 엔" | "약 4,760억 엔@9-19 JPY 476000000000 approx ; 약 7,320억 엔@20-30 JPY 732000000000 approx"
            "일본 정부는 국내 반도체 투자에 최대 1조 엔 규모의 보조금을 지원하며, 반도체 산업의 전략적 육성을 강력히 뒷받침하고 있다." | "최대 1조 엔@18-25 JPY 1000000000000 max"
            "삼성전자는 평택캠퍼스에 2030년까지 3.5조 원을 추가로 투자한다고 밝혔다." | "3.5조 원@21-27 KRW 3500000000000"
            "SK하이닉스는 인디애나주 패키징 공장에 38억 7,000만 달러를 투입한다." | "38억 7,000만 달러@22-35 USD 3870000000"
            "인텔은 오하이오 공장 건설에 $20 billion을 투입했다." | "$20 billion@16-27 USD 20000000000"
            "마이크론은 히로시마 공장에 US$ 200 million을 추가 투자한다." | "US$ 200 million@15-30 USD 200000000"
            "중국 정부는 반도체 펀드 3기에 3,440억 위안을 출자했다." | "3,440억 위안@18-27 CNY 344000000000"
            "EU는 반도체법에 따라 430억 유로 이상의 투자를 유도할 계획이다." | "430억 유로 이상@13-23 EUR 43000000000 min"
            "영국은 10억 파운드를 반도체 전략에 배정했다." | "10억 파운드@4-11 GBP 1000000000"
            "대만 정부는 NT$ 300억을, 지방정부는 100억 대만달러를 지원한다." | "NT$ 300억@7-15 TWD 30000000000 ; 100억 대만달러@24-33 TWD 10000000000"
            "라피더스 지원액은 2~3조 엔으로 추산된다." | "2~3조 엔으로 추산@10-21 JPY 2000000000000 estimated ; 2~3조 엔으로 추산@10-21 JPY 3000000000000 estimated"
            "건설비는 약1조 엔을 넘고, 연구원 인건비로 100억원을 배정했다." | "약1조 엔@5-10 JPY 1000000000000 approx ; 100억원@25-30 KRW 10000000000"
            "회사는 2000억엔 규모의 설비투자를 결정했다." | "2000억엔@4-10 JPY 200000000000"
            "총 투자액은 1 조 2,900 억 엔이다." | "1 조 2,900 억 엔@7-20 JPY 1290000000000"
            "투자 규모는 1조엔 이상으로 늘고, 보조금은 1,500만 달러까지 준다." | "1조엔 이상@7-13 JPY 1000000000000 min ; 1,500만 달러까지@25-36 USD 15000000 max"
            "최소 5,000억 원에서 최대 1조 원, 대략 61억 달러로 추정된다." | "최소 5,000억 원@0-11 KRW 500000000000 min ; 최대 1조 원@14-21 KRW 1000000000000 max ; 대략 61억 달러로 추정@23-36 USD 6100000000 approx"
            "환율이 달러당 150엔을 넘었고 20억 미 달러와 5천억 원이 오갔다." | "20억 미 달러@18-26 USD 2000000000 ; 5천억 원@28-33 KRW 500000000000"
            "경산성은 ¥500億과 300億円을 보조한다." | "¥500億@5-10 JPY 50000000000 ; 300億円@12-17 JPY 30000000000"
            "100만 불을 보냈지만 3불 정책은 유지했다." | "100만 불@0-6 USD 1000000"
            "이번 계약 1조 원 규모다." | "1조 원@6-10 KRW 1000000000000"
            "총사업비(10억원)를 확정했고 천원 단위로 적었다." | "10억원@5-9 KRW 1000000000"
            """)
    void findsAmounts(String sentence, String expected) {
        assertEquals(expected, extract(sentence));
    }

    /** Currency look-alikes inside words, numbers without digits, durations, percentages. */
    @ParameterizedTest
    @ValueSource(strings = {
        "수천억 원이 투입된다.",
        "위원회는 3원칙을 발표했다.",
        "엔진 2기를 탑재한 엔지니어링 3엔진",
        "공급망을 2원화하는 전략",
        "1년 10개월만에 제1공장을 완공함",
        "환율이 1.5% 올랐다",
        "3불 정책",
        "가격은 1.5달러다",
        "제2원 회의실",
        "구분\t중량(톤)\t금액(천USD)",
        "민간부담금은 백원 단위 이하를 절상하여 천원단위로 작성한다.",
        "정부출연금 신청 총액은 십만원 단위 이하를 절사하고 1원 단위로 적는다.",
    })
    void ignoresNonAmounts(String sentence) {
        assertEquals("", extract(sentence));
    }

    /** Found by the fuzzer ($ and 48 digits): a number past a long is garbage, and the rest still counts. */
    @Test
    void anAmountPastALongIsLeftOutAndTheRestStillCounts() {
        assertEquals("", extract("부채는 9,999,999조 원이다"));
        assertEquals("", extract("$422222222222222222222222222222222222222222222222"));
        assertEquals(1, extractor.extract(Texts.analyzed("부채는 9,999,999조 원이고 자산은 5조 원이다")).size());
    }
}
