package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {

    /** {@code published} "-" means unknown. */
    private static String extract(String published, String sentence) {
        DateExtractor extractor = new DateExtractor(published.equals("-") ? Optional.empty() : Optional.of(published));
        List<DateMention> found = extractor.extract(Texts.analyzed(sentence));
        for (DateMention d : found) {
            assertEquals(d.span().of(sentence), d.text(), "text is the span's surface");
        }
        return Texts.render(found, d -> Texts.at(d.text(), d.span()) + " " + d.value() + Texts.qualifier(d.qualifier()));
    }

    /**
     * The first five rows come from fki-global-brief-16 (published 2025); the rest are written in
     * the style of news briefs. The last row has no publication date: relative dates are skipped.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025 | "올해 4월 아이폰 위탁생산으로 잘 알려진 대만의 폭스콘(Foxconn)은 일본 미쓰비시자동차와 협력해" | "올해 4월@0-5 2025-04"
            2025 | "지난해 일본의 ROHM과 대만의 TSMC는 전기차용 질화갈륨(GaN) 전력 반도체를 공동 개발하고" | "지난해@0-3 2024"
            2025 | "한편 지난해말 대만의 세계 최대 반도체 위탁생산 기업 TSMC는 일본 큐슈 구마모토현에 제1공장을 완공하고" | "지난해말@3-7 2024 end"
            2025 | "가동시점 2024년 12월 2027년말 목표" | "2024년 12월@5-14 2024-12 ; 2027년말@15-21 2027 end"
            2025 | "2024 ROHM + TSMC 차량용 질화갈륨(GaN) 전력 반도체 개발·양산" | "2024@0-4 2024"
            2025 | "삼성전자는 2026년 초 평택 4공장을, 라피더스는 2025년 중반 시제품을 내놓는다." | "2026년 초@6-13 2026 start ; 2025년 중반@29-37 2025 mid"
            2025 | "2025년 상반기 실적은 2024년 하반기보다 좋았고 2025년 1분기 매출과 2024년 3/4분기가 비슷했다." | "2025년 상반기@0-9 2025 h1 ; 2024년 하반기@14-23 2024 h2 ; 2025년 1분기@30-39 2025 q1 ; 2024년 3/4분기@44-55 2024 q3"
            2025 | "보도자료(2024.12.3)와 공고(2024. 12. 3.), 회의록(2024-12-03)을 보라." | "2024.12.3@5-14 2024-12-03 ; 2024. 12. 3@20-31 2024-12-03 ; 2024-12-03@39-49 2024-12-03"
            2025 | "’24년 3월 개정안은 2024년 12월 3일 시행됐다." | "’24년 3월@0-7 2024-03 ; 2024년 12월 3일@13-25 2024-12-03"
            2025 | "내년 상반기와 작년 말, 재작년과 내후년을 비교하면" | "내년 상반기@0-6 2026 h1 ; 작년 말@8-12 2024 end ; 재작년@14-17 2023 ; 내후년@19-22 2027"
            2025 | "정부는 지난 4월 발표한 대책을 4월 말까지 보완한다." | "지난 4월@4-9 2025-04 ; 4월 말@18-22 2025-04 end"
            2025 | "2024~2028년 5년간 1조 원을 투입한다." | "2024@0-4 2024 ; 2028년@5-10 2028"
            2025 | "2027년 말레이시아 공장과 2026년 초과 수요" | "2027년@0-5 2027 ; 2026년@16-21 2026"
            2025 | "올 상반기 출하량은 올해부터 늘었다." | "올 상반기@0-5 2025 h1 ; 올해@11-13 2025"
            2025-05 | "이달 말 발표하고 지난달 합의했으며 지난 11월과 오는 2월에 점검한다." | "이달 말@0-4 2025-05 end ; 지난달@10-13 2025-04 ; 지난 11월@20-26 2024-11 ; 오는 2월@28-33 2026-02"
            2025-05 | "다음 달 15일 착공하고 이번 달 3일 계약했다." | "다음 달 15일@0-8 2025-06-15 ; 이번 달 3일@14-21 2025-05-03"
            - | "올해 4월 발표와 2024년 12월 가동" | "2024년 12월@10-19 2024-12"
            """)
    void findsDates(String published, String sentence, String expected) {
        assertEquals(expected, extract(published, sentence));
    }

    /** A year alone is a date only as a table row's first cell, here after a line break and a tab. */
    @Test
    void yearAsFirstCellOfARow() {
        String table = "연도\t일본 + 대만 참여기업\n2025\tMitsubishi Motors + Foxconn\n1900만 명\t2000 억엔";
        assertEquals("2025@16-20 2025", extract("2025", table));
    }

    /**
     * A regulation numbered by decimal clauses (written for this test after a ship-safety code): the clause
     * numbers that open lines are no dates; the same shape inside a sentence, or in a document without such
     * headings, still is.
     */
    @Test
    void clauseNumbersOpeningLinesAreNoDates() {
        String code = "11.5 안전 시스템\n11.5.1 9.2.2에 따라 주추진 장치는 안전 시스템을 갖추어야 한다.\n"
                + "15.4.8 주요 제어장치 및 의자석의 배치는 다음과 같다.\n10.1.3. 개인정보는 보호된다.\n"
                + "글상자 정보는 11.3.6 참조. 상기 10.2.1 내지 10.2.7의 규정과 9.2.2에 따라 설치한다.\n"
                + "이 규정은 24.3.15 개정되었다.";
        String date = "24.3.15@" + code.indexOf("24.3.15") + "-" + (code.indexOf("24.3.15") + 7) + " 2024-03-15";
        assertEquals(date, extract("2025", code));
        assertEquals("15.4.8@0-6 2015-04-08", extract("2025", "15.4.8 주요 일정이 확정되었다."));
    }

    @Test
    void aMonthAfterAReadYearStillCountsAfterAPlaceholderYearNot() {
        assertEquals("2024년@0-5 2024 ; 1@6-7 2024-01 ; 3월@8-10 2024-03", extract("2025", "2024년 1~3월 실적"));
        assertEquals("", extract("2025", "생년월일 : 1111년 1월 1일"));
    }

    /** Durations, quantities and amounts that contain year-like numbers or 년/월. */
    @ParameterizedTest
    @ValueSource(strings = {
        "5년 예상되던 공사기간을 단축하여 1년 10개월만에 제1공장을 완공함",
        "3년간 투자하고 10년 동안 운영하며 2년 만에 회수, 수년이 걸렸고 3개월 지연됐다.",
        "투자규모 약 1조 2,900억 엔 약 2조 엔 추산",
        "회사는 2000억엔 규모로 1900만 명을 고용한다",
        "24년간 근무했다",
        "지난 해외 투자",
        "매출은 2024.5억 원",
        "13월 2024-25 시즌",
        "생년월일 : 1111년 1월 1일",
    })
    void ignoresNonDates(String sentence) {
        assertEquals("", extract("2025", sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"May 2025", "25", "2025/05"})
    void rejectsBadPublicationDate(String published) {
        assertThrows(IllegalArgumentException.class, () -> new DateExtractor(Optional.of(published)));
    }

    @Test
    void monthRelativeDatesNeedThePublicationMonth() {
        assertEquals("", extract("2025", "이달 말 발표하고 지난달 합의했다"));
    }
}
