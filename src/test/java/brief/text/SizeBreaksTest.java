package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.pdf.Glyph;
import brief.pdf.RawPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A large title beside a small lead is two lines; a raised marker on its word stays on it. */
class SizeBreaksTest {

    static void set(List<Glyph> out, String text, float x, float baseline, float size) {
        for (char c : text.toCharArray()) {
            float w = (c == ' ' ? 0.3f : 0.95f) * size;
            out.add(new Glyph(String.valueOf(c), x, baseline, w, 0.7f * size, size, 0));
            x += w;
        }
    }

    static List<String> read(List<Glyph> glyphs) {
        return new LineBuilder().lines(new RawPage(1, 595, 842, glyphs, List.of())).stream().map(Line::text).toList();
    }

    @Test
    void aTitleAndTheLeadLineBesideItAreTwoLines() {
        List<Glyph> glyphs = new ArrayList<>();
        set(glyphs, "조세지출 연계관리", 72, 130.8f, 36.6f); // ends at about 361
        set(glyphs, "부각된다. 그런데 그 의제는", 380, 127.4f, 9.3f); // 19 pt on: a column gap of the lead, not of the title
        assertEquals(List.of("조세지출 연계관리", "부각된다. 그런데 그 의제는"), read(glyphs));
    }

    @Test
    void aLeadLineOffTheTitlesBaselineIsItsOwnLineEvenCloserThanAColumnGap() {
        // fis-23-2 p.2: the lead's second line starts 10.6 pt after the title, 4 pt above its baseline
        List<Glyph> glyphs = new ArrayList<>();
        set(glyphs, "조세지출 연계관리", 72, 131.5f, 36.6f); // ends at about 361
        set(glyphs, "된 제도이다. 정부는", 371.3f, 127.4f, 9.3f);
        assertEquals(List.of("조세지출 연계관리", "된 제도이다. 정부는"), read(glyphs));
    }

    @Test
    void aBigNumberOnItsHeadingsBaselineStaysOnTheLine() {
        // fis-23-2 p.2: the section number 02 at 52 pt, its 14 pt heading 5 pt on, baselines 1.3 pt apart
        List<Glyph> glyphs = new ArrayList<>();
        set(glyphs, "02", 654, 114.9f, 52.1f);
        set(glyphs, " 재정사업 성과관리제도와", 654 + 2 * 0.95f * 52.1f + 1, 113.6f, 14);
        assertEquals(List.of("02 재정사업 성과관리제도와"), read(glyphs));
    }

    @Test
    void aRaisedMarkerOnItsWordStaysOnTheLine() {
        List<Glyph> glyphs = new ArrayList<>();
        set(glyphs, "지방재정의 의미", 50, 100, 10);
        set(glyphs, "1)", 50 + 7.3f * 9.5f + 3, 96, 5.5f);
        assertEquals(1, read(glyphs).size());
    }
}
