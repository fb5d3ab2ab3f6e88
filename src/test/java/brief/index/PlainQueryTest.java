package brief.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries as an analyst types them, punctuation and all: plain text by default, the parser's syntax only
 * with {@code syntax = true}, and its errors one readable line.
 */
class PlainQueryTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    @BeforeAll
    static void build() {
        BriefIndex index = new BriefIndex(dir.resolve("index"));
        index.replace("p", List.of(
                new Passage("p", "소부장 동향", "sha", 1, 0,
                        "정부는 소재와 부품 기업의 공급망을 점검하고, 2024년 지원 예산을 늘렸다.", Passage.Tags.NONE),
                new Passage("p", "소부장 동향", "sha", 2, 1,
                        "삼성전자는 평택 공장 증설을 발표했다. TSMC와 소니는 구마모토에 합작 공장을 세웠다.", Passage.Tags.NONE),
                new Passage("p", "소부장 동향", "sha", 3, 2,
                        "배터리 재활용 시장이 커지고 있다.", Passage.Tags.NONE)));
        searcher = new Searcher(index);
    }

    @AfterAll
    static void close() {
        searcher.close();
    }

    private static List<Integer> pages(String query) {
        return searcher.search(query, 10).hits().stream().map(Hit::page).toList();
    }

    @Test
    void punctuationIsTextNotSyntax() {
        assertEquals(List.of(1), pages("소재/부품"));
        assertEquals(List.of(2), pages("삼성전자:"));
        assertEquals(List.of(1), pages("[2024]"));
        assertEquals(List.of(2), pages("\"삼성전자"));
        assertEquals(List.of(1), pages("(공급망"));
        assertEquals(List.of(2), pages("평택!"));
    }

    @Test
    void hyphenatedAndSlashedNamesFindTheirParts() {
        assertEquals(List.of(2), pages("TSMC-소니"));
        assertEquals(List.of(2), pages("TSMC/소니"));
    }

    @Test
    void quotedPhrasesAndOperatorWordsStayText() {
        assertEquals(List.of(2), pages("\"합작 공장\""));
        assertEquals(List.of(2), pages("TSMC AND 소니"));
    }

    @Test
    void nothingButPunctuationIsOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> searcher.search("/:[]", 10));
        assertTrue(e.getMessage().contains("no searchable word"), e.getMessage());
    }

    @Test
    void syntaxIsOptInAndItsErrorsAreOneReadableLine() {
        assertEquals(List.of(1), searcher.search("공급망 OR 없는말", 10, Filters.NONE, true).hits().stream().map(Hit::page).toList());
        assertEquals(List.of(3), searcher.search("시장 -공장", 10, Filters.NONE, true).hits().stream().map(Hit::page).toList());
        for (String q : List.of("소재/부품", "\"unclosed", "[2024", "반도체 AND (")) {
            BadInputException e = assertThrows(BadInputException.class, () -> searcher.search(q, 10, Filters.NONE, true), q);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e.getMessage().contains("\\u"), e.getMessage());
            assertFalse(e.getMessage().contains("Lexical error"), e.getMessage());
            assertTrue(e.getMessage().contains("not valid query syntax at character"), e.getMessage());
        }
    }

    @Test
    void plainTextKeepsWordsAndDropsOperators() {
        assertEquals("소재 부품", PlainQuery.of("소재/부품").replaceAll("\\s+", " "));
        assertEquals("\"합작 공장\"", PlainQuery.of("\"합작 공장\""));
        assertEquals("삼성전자", PlainQuery.of("\"삼성전자"));
        assertEquals("tsmc and 소니".toUpperCase().replace("AND", "and"), PlainQuery.of("TSMC AND 소니"));
    }
}
