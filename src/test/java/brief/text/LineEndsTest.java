package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.pdf.Glyph;
import brief.pdf.RawPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A space glyph drawn after a line's last letter says the producer broke the line at a word space
 * (Word and Hancom PDF draw it; a word broken between syllables has none), so the wrap is a space even
 * where the words on either side would read as one ({@code 입자 (카보닐철)}, {@code LC50 은}).
 */
class LineEndsTest {

    static final float EM = 10;

    /** Sets each line of {@code lines} at x = 50, one line pitch of 1.6 em apart; the first fills the column. */
    static String read(String... lines) {
        List<Glyph> glyphs = new ArrayList<>();
        float baseline = 100;
        float right = 0;
        for (String line : lines) {
            float x = 50;
            for (char c : line.toCharArray()) {
                float w = (c == ' ' ? 0.3f : c < 0x80 ? 0.55f : 0.95f) * EM;
                glyphs.add(new Glyph(String.valueOf(c), x, baseline, w, 0.8f * EM, EM, 0));
                x += w;
            }
            right = Math.max(right, x);
            baseline += 1.6f * EM;
        }
        RawPage page = new RawPage(1, 595, 842, glyphs, List.of());
        List<Line> built = new LineBuilder().lines(page);
        List<Block> blocks = new BlockBuilder().blocks(built, 50, right, EM, 0.6f * EM);
        assertEquals(1, blocks.size(), "one paragraph");
        return new TextAssembler(new WrapJoiner(new NoriWrapJudge())).render(blocks.get(0));
    }

    @Test
    void aSpaceDrawnAtTheEndOfALineMakesItsWrapASpace() {
        String text = read("표준 지침 연구에서와 같이 철 입자의 급성 흡입 독성을 확립하는 것을 목표로 하지는 않았지만 호흡성 철 입자 ", "(카보닐철)가 수컷 랫드에서 사망률을 유발하지 않음을 보여줍니다.");
        assertTrue(text.contains("철 입자 (카보닐철)가"), text);
    }

    @Test
    void withoutASpaceGlyphTheWrapIsJudgedFromItsWords() {
        String text = read("표준 지침 연구에서와 같이 철 입자의 급성 흡입 독성을 확립하는 것을 목표로 하지는 않았지만 호흡성 철 입자", "(카보닐철)가 수컷 랫드에서 사망률을 유발하지 않음을 보여줍니다.");
        assertTrue(text.contains("철 입자(카보닐철)가"), text);
    }

    @Test
    void aLineKeepsItsTrailingSpaceForTheJoinerAndNoOther() {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 50;
        for (char c : "따라서 LC50 ".toCharArray()) {
            float w = (c == ' ' ? 0.3f : c < 0x80 ? 0.55f : 0.95f) * EM;
            glyphs.add(new Glyph(String.valueOf(c), x, 100, w, 0.8f * EM, EM, 0));
            x += w;
        }
        Line line = new LineBuilder().lines(new RawPage(1, 595, 842, glyphs, List.of())).get(0);
        assertEquals("따라서 LC50 ", line.text());
    }
}
