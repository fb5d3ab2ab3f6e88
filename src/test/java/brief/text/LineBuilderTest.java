package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.pdf.Glyph;
import brief.pdf.PdfReader;
import brief.pdf.RawPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Word spaces from glyph gaps: when the producer draws no space glyphs, and beside the ones it draws. */
class LineBuilderTest {

    static final float EM = 10;

    /**
     * Sets {@code text} the way a Hangul word processor does: every character {@code tracking} em
     * tighter than its advance, {@code extra} em more after every character (inter-character
     * justification), spaces only as advance, never as glyphs; Hangul 0.95 em wide, a space 0.3 em.
     */
    static List<Glyph> set(String text, float tracking, float extra) {
        List<Glyph> out = new ArrayList<>();
        float pen = 50;
        for (char c : text.toCharArray()) {
            float advance = (c == ' ' ? 0.3f : c < 0x80 ? 0.55f : 0.95f) * EM;
            if (c != ' ') {
                out.add(new Glyph(String.valueOf(c), pen, 100, advance, 0.8f * EM, EM, 0));
            }
            pen += advance + (tracking + extra) * EM;
        }
        return out;
    }

    static String read(List<Glyph> glyphs) {
        RawPage page = new RawPage(1, 595, 842, glyphs, List.of());
        return new LineBuilder().lines(page).get(0).text();
    }

    @Test
    void condensedLineKeepsItsNarrowWordGaps() {
        // 자간 -5%: letters overlap by 0.05 em, a word gap is only 0.2 em, at the fixed threshold
        String text = "이들 일본 파트너사들은 지분 투자자임과 동시에 TSMC의 중요한 고객이기도 해서";
        assertEquals(text, read(set(text, -0.05f, 0)));
        assertEquals(text, read(set(text, -0.08f, 0)));
    }

    @Test
    void justifiedByCharacterLineSpacesOnlyItsWords() {
        // the slack spread over every gap: letters 0.25 em apart, words 0.8 em
        String text = "정부는 한·일·대만 간 산업협력을 위한 협력 인프라를 구축할 필요가 있다.";
        assertEquals(text, read(set(text, 0, 0.25f)));
        assertEquals(text, read(set(text, -0.05f, 0.4f)));
    }

    @Test
    void shortCellWithMoreWordsThanLettersStillHasALetterGap() {
        assertEquals("약 2조 엔 추산", read(set("약 2조 엔 추산", -0.05f, 0)));
    }

    @Test
    void plainSettingIsUnchanged() {
        String text = "Mobility in Harmony의 약자";
        assertEquals(text, read(set(text, 0, 0)));
        assertEquals(0f, LineBuilder.letterGap(set("가나 다", 0.3f, 0)), "too few gaps to tell");
    }

    /**
     * Word draws most spaces of this MSDS as glyphs (0.28 em) but leaves the one between a Latin run and
     * the Hangul particle after it as bare advance, 0.22 em: a word space all the same (the page shows
     * {@code LC50 은}), though narrower than four fifths of the space glyph.
     */
    @Test
    void bareAdvanceBetweenScriptsIsASpaceBesideSpaceGlyphs() {
        Path pdf = Path.of("../shared/wild/odl-msds-cga35.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/odl-msds-cga35.pdf is missing (no ../shared in this clone)");
        RawPage page = new PdfReader().read(pdf).pages().get(5);
        List<String> lines = new LineBuilder().lines(page).stream().map(Line::text).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("따라서 LC50 은 250 mg/m3 의")), String.join("\n", lines));
    }
}
