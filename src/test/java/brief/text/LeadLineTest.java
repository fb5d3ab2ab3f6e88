package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The title line of a text without type sizes, past the lines that head a release or a report. */
class LeadLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "보도자료\\n\\n보도일시: 2024. 5. 20.(월) 12:00 이후\\n담당부서: 반도체과\\n\\n반도체 산업 경쟁력 강화 방안 발표"
            + " | 반도체 산업 경쟁력 강화 방안 발표",
        "[참고자료]\\n배포일시 2024. 3. 4.\\n수출입 동향 | 수출입 동향",
        "발간등록번호 11-1230000-000123-01\\n2024 에너지 백서 | 2024 에너지 백서",
        "Press Release\\nSemiconductor support package | Semiconductor support package",
        // an ordinary first line is the title, whatever word opens it
        "보도 내용에 따르면 공장이 늘었다 | 보도 내용에 따르면 공장이 늘었다",
        "일본 반도체 산업의 부활\\n보도자료 | 일본 반도체 산업의 부활",
        // only labels: the first line after all
        "보도자료\\n담당: 홍길동 | 보도자료",
    })
    void passesOverTheKindOfPaperAndItsParticulars(String text, String title) {
        assertEquals(title, LeadLine.of(text.replace("\\n", "\n")));
    }
}
