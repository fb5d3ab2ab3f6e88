package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.pdf.Glyph;
import brief.pdf.RawPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What happens inside a line, on pages of glyphs set here as producers draw them: padding spaces under
 * a cell's text, a soft hyphen drawn as a space the next letter takes back, a raised footnote marker,
 * overprinted bold and shadows, a space glyph that decodes to a control character, a letter-spaced
 * cell beside tight ones.
 */
class InsideLinesTest {

    static final float EM = 10;

    /** A pen that sets glyphs left to right on one baseline. */
    static final class Pen {
        final List<Glyph> glyphs = new ArrayList<>();
        float x = 50;

        /** Sets {@code text} at {@code size}, each letter {@code advance} em, {@code tracking} em apart. */
        Pen set(String text, float size, float rise, float tracking) {
            for (char c : text.toCharArray()) {
                float w = (c == ' ' ? 0.3f : c < 0x80 ? 0.55f : 0.95f) * size;
                glyphs.add(new Glyph(String.valueOf(c), x, 100 - rise, w, 0.8f * size, size, 0));
                x += w + tracking * size;
            }
            return this;
        }

        Pen skip(float em) {
            x += em * EM;
            return this;
        }

        Pen at(float x) {
            this.x = x;
            return this;
        }

        String read() {
            return new LineBuilder().lines(new RawPage(1, 595, 842, glyphs, List.of())).get(0).text();
        }
    }

    @Test
    void spacesPaddingACellUnderItsTextAreNoWordSpaces() {
        Pen pen = new Pen().set("철", EM, 0, 0).skip(3);
        float cell = pen.x;
        pen.set("            ", EM, 0, 0.17f); // Word's padding: a run of spaces across the cell
        pen.at(cell + 8).set("Rem.(나머지)", EM, 0, 0);
        assertEquals("철 Rem.(나머지)", pen.read());
    }

    @Test
    void aSoftHyphenSetAsASpaceTheNextLetterTakesBackJoinsItsWord() {
        Pen pen = new Pen().set("왜 중앙", EM, 0, 0);
        float hyphen = pen.x;
        pen.set(" ", EM, 0, 0).at(hyphen).set("지방 간 재정조정제도", EM, 0, 0);
        assertEquals("왜 중앙지방 간 재정조정제도", pen.read());
    }

    @Test
    void aRaisedFootnoteMarkerStaysOnItsWord() {
        Pen pen = new Pen().set("지방재정의 의미", EM, 0, 0).set("1)", 0.6f * EM, 0.4f * EM, 0).set("를 살펴봄", EM, 0, 0);
        assertEquals("지방재정의 의미1)를 살펴봄", pen.read());
    }

    @Test
    void overprintedBoldAndAShadowAreReadOnce() {
        Pen bold = new Pen();
        for (char c : "제안요청서".toCharArray()) {
            float x = bold.x;
            bold.set(String.valueOf(c), 3 * EM, 0, 0);
            bold.at(x + 0.03f * 3 * EM).set(String.valueOf(c), 3 * EM, 0, 0); // fake bold: drawn again, nudged
            bold.at(x - 0.08f * 3 * EM);
            bold.glyphs.add(new Glyph(String.valueOf(c), bold.x, 100 - 0.08f * 3 * EM, 0.95f * 3 * EM, 24, 3 * EM, 0));
            bold.at(x + 0.95f * 3 * EM); // and a shadow up and to the left
        }
        assertEquals("제안요청서", bold.read());
    }

    @Test
    void aSpaceGlyphDecodingToAControlCharacterIsASpace() {
        Pen pen = new Pen().set("탄소중립", EM, 0, 0).set("\u0001", EM, 0, 0).set("위원회", EM, 0, 0);
        assertEquals("탄소중립 위원회", pen.read());
    }

    @Test
    void aLetterSpacedCellClosesUpByItsOwnPitchBesideTightCells() {
        Pen pen = new Pen().set("구성 요건을 정함", EM, 0, -0.02f).skip(3).set("위원회구성", EM, 0, 0.45f).skip(3)
                .set("국가 탄소중립 녹색성장위원회", EM, 0, -0.02f);
        assertEquals("구성 요건을 정함 위원회구성 국가 탄소중립 녹색성장위원회", pen.read());
    }
}
