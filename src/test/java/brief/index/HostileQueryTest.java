package brief.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries meant to hurt: each gets one clear line, or an answer, in bounded time, never a stack trace. */
class HostileQueryTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    @BeforeAll
    static void index() {
        BriefIndex index = new BriefIndex(dir.resolve("index"));
        index.replace("a", List.of(new Passage("a", "t", "sha", 1, 0,
                "일본 정부는 국내 반도체 투자에 최대 1조 엔 규모의 보조금을 지원하며, 반도체 산업의 전략적 육성을 강력히 뒷받침하고 있다.",
                Passage.Tags.NONE)));
        searcher = new Searcher(index);
    }

    private static String refused(String query) {
        long start = System.nanoTime();
        BadInputException e = assertThrows(BadInputException.class,
                () -> searcher.search(query, 10, Filters.NONE, true));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took over 5 s: " + query.length() + " chars");
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aHugeQueryIsRefusedAtOnce() {
        assertTrue(refused("반도체 ".repeat(30_000)).contains("too long"));
    }

    @Test
    void aLeadingWildcardIsRefused() {
        assertTrue(refused("*체").contains("not valid query syntax"));
    }

    @Test
    void syntaxErrorsAreOneLine() {
        for (String q : List.of("반도체 AND (", "\"unclosed", "a:b:c[", "OR", "~", "^")) {
            refused(q);
        }
    }

    @Test
    void manyTermsAndPathologicalPatternsStayBounded() {
        long start = System.nanoTime();
        for (String q : List.of("반* 도* 체* 보* 조* 금*", "/[가-힣]{1,50}.*a{1,500}/", "반도체~2 보조금~2 투자~2")) {
            for (boolean syntax : new boolean[] {false, true}) {
                try {
                    searcher.search(q, 10, Filters.NONE, syntax);
                } catch (BadInputException e) {
                    assertFalse(e.getMessage().contains("\n"), e.getMessage());
                }
            }
        }
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }
}
