package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.text.CleanText;
import brief.text.PageRange;
import brief.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KDI 경제동향 | 2025. 5. 15. | 2025-05-15",
        "Global Brief Vol.16 | 2025.05 | 2025-05",
        "산업연구원 | 2024년 11월호 | 2024-11",
        "이슈 리포트 | 2023-09-01 | 2023-09-01",
        "FKI GLOBAL BRIEF VOL.16 | 002 | ''",
    })
    void findsTheDateInTheFurniture(String header, String footer, String expected) {
        String body = "지난해말 TSMC는 2024년 12월 구마모토에 제1공장을 완공했다.\n";
        CleanText text = new CleanText(body, List.of(new PageRange(1, new Span(0, body.length()))),
                List.of(header, footer));
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), PublicationDate.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'반도체 공급망 동향\n2025년 3월\n\n올해 들어 수출이 늘었다.' | 2025-03",
        "'반도체 공급망 동향\n\n2024년 12월 TSMC는 구마모토 공장을 완공하고 본격적인 양산에 돌입했다.' | ''",
        "'Global Brief Vol.12 · 2024년 5월\n일본 반도체 부활 전략\n\n올해 들어 투자가 늘었다.' | 2024-05",
        "'AI 동향 2022년 8월호\n생성형 AI의 부상\n\n지난달 발표가 이어졌다.' | 2022-08",
        "'통권 제45호 2021. 7.\n탄소중립 정책 브리프\n\n지난해 배출량이 줄었다.' | 2021-07",
        "'KIET 산업경제 | 2023년 11월 | 제302호\n\n본문' | 2023-11",
        "'정부는 2024년 5월부터 보조금을 지급한다\n\n본문' | ''",
        "'삼성전자, 2025년 3월 평택 4공장 가동\n\n본문' | ''",
        "'반도체 수출은 2024. 5. 크게 늘었다.\n\n본문' | ''",
        "'Monthly Report\n\n동부차이나증권투자신탁제1호[주식]\n\nDB차이나증권투자신탁제1호[주식]\n\n2023년09월30일 기준\n\n본문' | 2023-09-30",
        "'(51) 국제특허분류(Int. Cl.)\nG06V 30/146 (2022.01) G06F 16/53 (2019.01)\n\n본문' | ''",
        "'교보악사자산운용준법감시인심사필 제 2023-1753호(2023.10.17)\n\n본문' | 2023-10-17",
        "'보도자료\n보도시점 2024. 6. 21.(금) 11:00 배포 2024. 6. 21.(금) 09:00\n\n‘24년 1분기 해외직접투자는 150.9억 달러' | 2024-06-21",
        "'보도자료\n보도일시 2025. 3. 4.(화) 조간\n\n본문' | 2025-03-04",
        "'보도자료\n배포일시 2023. 11. 2.(목) 14:00 보도시점 즉시\n\n본문' | 2023-11-02",
        "'보도 2024년 5월 3일(금) 석간\n\n본문' | 2024-05-03",
        "'보도자료를 통해 정부는 2024. 6. 21. 새 정책을 배포하였다\n\n본문' | ''",
        "'배포 대상 기관과 2024. 6. 21. 이후 신청한 기업의 목록을 정리하였다\n\n본문' | ''",
    })
    void aDateLineOfTheTitleBlockCountsButNotRunningText(String body, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected),
                PublicationDate.find(CleanText.ofSinglePage(body)));
    }
}
