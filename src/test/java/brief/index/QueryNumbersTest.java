package brief.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sums in yen and process nodes in a query are read by the same number reader as the briefs. */
class QueryNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            보조금 1천억 엔     | 보조금 (yen:100000000000 OR "1천억 엔")
            오천억 엔 지원      | (yen:500000000000 OR "오천억 엔") 지원
            4조1천억엔          | (yen:4100000000000 OR "4조1천억엔")
            1조 2,900억 엔      | (yen:1290000000000 OR "1조 2,900억 엔")
            ３nm 공정           | (nm:3 OR "３nm") 공정
            2천3000엔           | 2천3000엔
            """)
    void numbersBecomeValues(String query, String rewritten) {
        assertEquals(rewritten, QueryRewriter.numbers(query));
    }
}
