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
    })
    void aDateLineOfTheTitleBlockCountsButNotRunningText(String body, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected),
                PublicationDate.find(CleanText.ofSinglePage(body)));
    }
}
