package brief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencePassageTest {

    @Test
    void headersOpenPassagesAndCommentsBeforeThemAreSkipped() {
        List<ReferencePassage> ps = ReferencePassage.parse("x.ref.txt", List.of(
                "# x.pdf: typed by hand", "", "## page 3 — body", "첫 줄", "둘째 줄", "",
                "## page 10 - table", "구분 2014", "조세지출 34.3"));
        assertEquals(List.of(new ReferencePassage(3, "body", "첫 줄\n둘째 줄"),
                new ReferencePassage(10, "table", "구분 2014\n조세지출 34.3")), ps);
    }

    @Test
    void malformedFilesNameTheFileAndTheLine() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> ReferencePassage.parse("x.ref.txt", List.of("글자", "## page 1 — body", "a")));
        assertTrue(e.getMessage().startsWith("x.ref.txt: line 1:"), e.getMessage());
        e = assertThrows(BadInputException.class,
                () -> ReferencePassage.parse("x.ref.txt", List.of("## page one", "a")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        e = assertThrows(BadInputException.class,
                () -> ReferencePassage.parse("x.ref.txt", List.of("## page 2 — body", "", "## page 3 — list", "a")));
        assertTrue(e.getMessage().contains("line 1: passage of page 2 is empty"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> ReferencePassage.parse("x.ref.txt", List.of("# only a comment")));
        assertTrue(e.getMessage().contains("no '## page"), e.getMessage());
    }
}
