package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KoreanNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1조 2,900억       | 1290000000000
            1 조 2,900 억     | 1290000000000
            3.5조             | 3500000000000
            5천억             | 500000000000
            38억 7,000만      | 3870000000
            1,500만           | 15000000
            3백만             | 3000000
            5천               | 5000
            500億             | 50000000000
            1兆2000億         | 1200000000000
            1.5 billion       | 1500000000
            200 million       | 200000000
            2000              | 2000
            0.5               | 0.5
            1만2000           | 12000
            2천300억          | 230000000000
            4조1천2백34억     | 4123400000000
            1천600만          | 16000000
            62.5억            | 6250000000
            오만              | 50000
            만삼천            | 13000
            백만              | 1000000
            이십억            | 2000000000
            삼천이백사십오만  | 32450000
            일점오            | 1.5
            이십구점구구      | 29.99
            ３．５조          | 3500000000000
            １，２００억      | 120000000000
            일천만            | 10000000
            """)
    void parses(String written, BigDecimal expected) {
        assertEquals(0, expected.compareTo(KoreanNumber.parse(written)), () -> written + " → " + KoreanNumber.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "수천억", "억", "1억 2조", "1만 3만", "1조x", "2천3000", "조", "1만 20000", "천천", "오오", "3 5"})
    void rejects(String written) {
        assertThrows(IllegalArgumentException.class, () -> KoreanNumber.parse(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3조       | 1000000000000
            3천억     | 100000000000
            28 billion| 1000000000
            600       | 1
            """)
    void leadingUnit(String written, BigDecimal expected) {
        assertEquals(0, expected.compareTo(KoreanNumber.leadingUnit(written)));
    }
}
