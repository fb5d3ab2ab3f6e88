package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How each peer's output is cut into pages. */
class PeerPagesTest {

    @Test
    void pdftotextEndsEveryPageWithAFormFeed() {
        assertEquals(List.of("첫 쪽\n", "", "셋째 쪽\n"), PdftotextPages.split("첫 쪽\n\f\f셋째 쪽\n\f"));
        assertEquals(List.of(), PdftotextPages.split(""));
    }

    @Test
    void openDataLoaderPagesFollowTheirNumberedMarkers() {
        String out = "<<<brief-page 1>>>\n첫 쪽\n<<<brief-page 3>>>\n셋째 쪽";
        assertEquals(List.of("첫 쪽\n", "", "셋째 쪽"), OpenDataLoaderPages.split(out));
        // were the marker written between pages only, the text before the first is the page before it
        assertEquals(List.of("첫 쪽\n", "둘째 쪽"), OpenDataLoaderPages.split("첫 쪽\n<<<brief-page 2>>>\n둘째 쪽"));
    }
}
