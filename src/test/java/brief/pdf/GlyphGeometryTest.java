package brief.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.text.LayoutAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Glyph geometry under the transformations real producers use, on PDFs written here operator by
 * operator ({@link DrawnPdf}): Hancom PDF's flipped CTM and text matrix with one glyph per block in
 * scrambled order, a Type 3 font, the page number drawn first; pages with {@code /Rotate 90} and
 * {@code 270}; text drawn sideways. Each PDF is kept under {@code target/geometry/} for a look
 * ({@code pdftoppm -png -r 80}); its clean text is pinned by a reviewed golden file in
 * {@code src/test/resources/brief/pdf/geometry/} ({@code -Dbrief.golden.update=true} rewrites it).
 */
class GlyphGeometryTest {

    static final Path OUT = Path.of("target/geometry");
    static final Path GOLDEN = Path.of("src/test/resources/brief/pdf/geometry");

    static final String TITLE = "기후위기 대응을 위한 탄소중립 기본법";
    static final List<String> BODY = List.of(
            "현행법은 기후위기 대응을 위해 국가 탄소중립 녹색성장 기본계획을",
            "수립하도록 하고, 주요 정책 등을 심의하기 위하여 위원회를 두도록",
            "하고 있음. 그러나 위원회의 구성에 민주적 참여가 보장되지 않고",
            "있어 이를 개선하려는 것임.");

    @BeforeAll
    static void font() {
        Assumptions.assumeTrue(Files.isRegularFile(DrawnPdf.NANUM),
                "no " + DrawnPdf.NANUM + " (Debian package fonts-nanum) to draw Korean test PDFs with");
    }

    /** The bill's first page: a title, a body paragraph and a page number at the foot. */
    static void bill(DrawnPdf.Page page, boolean titleInType3) throws IOException {
        int mark = page.mark();
        page.line("- 1 -", 280, 800, 10, 0, false, true);
        page.drawFirst(mark);
        page.line(TITLE, 110, 100, 18, 0, titleInType3, false);
        body(page, 0, 72, 150);
    }

    /** The body paragraph from (x, baseline), turned {@code quarters}: justified to 400 pt but its last line. */
    static void body(DrawnPdf.Page page, int quarters, float x, float baseline) throws IOException {
        for (int i = 0; i < BODY.size(); i++) {
            float y = baseline + 19 * i;
            // turned a quarter, the lines step to the right of the displayed page instead of down
            float px = quarters == 0 ? x : y;
            float py = quarters == 0 ? y : x;
            if (i < BODY.size() - 1) {
                page.justified(BODY.get(i), px, py, 11, quarters, 400);
            } else {
                page.line(BODY.get(i), px, py, 11, quarters, false, false);
            }
        }
    }

    static Path hancom() throws IOException {
        try (DrawnPdf pdf = new DrawnPdf()) {
            DrawnPdf.Page page = pdf.page(595, 842, 0, DrawnPdf.Style.FLIPPED);
            bill(page, true);
            page.shuffle();
            return pdf.save(OUT.resolve("hancom.pdf"));
        }
    }

    static Path plain() throws IOException {
        try (DrawnPdf pdf = new DrawnPdf()) {
            bill(pdf.page(595, 842, 0, DrawnPdf.Style.PLAIN), false);
            return pdf.save(OUT.resolve("plain.pdf"));
        }
    }

    /** The same page on media turned by {@code /Rotate 90} and {@code 270}, the text drawn to read upright. */
    static Path rotatedPages() throws IOException {
        try (DrawnPdf pdf = new DrawnPdf()) {
            for (int rotate : new int[] {90, 270}) {
                DrawnPdf.Page page = pdf.page(842, 595, rotate, DrawnPdf.Style.PLAIN);
                bill(page, false);
            }
            return pdf.save(OUT.resolve("rotated-pages.pdf"));
        }
    }

    /**
     * Page 1: the bill drawn sideways on an upright page (reading bottom to top, no {@code /Rotate}), as
     * a landscape table is in a portrait document. Page 2: the bill upright with a sideways label in the
     * left margin, which is not body text.
     */
    static Path sideways() throws IOException {
        try (DrawnPdf pdf = new DrawnPdf()) {
            DrawnPdf.Page turned = pdf.page(595, 842, 0, DrawnPdf.Style.PLAIN);
            // laid out on the page turned clockwise (595 wide, 842 high): x' = 842 - y, y' = x
            turned.line(TITLE, 100, 842 - 110, 18, 1, false, false);
            body(turned, 1, 842 - 72, 150);
            DrawnPdf.Page labelled = pdf.page(595, 842, 0, DrawnPdf.Style.PLAIN);
            bill(labelled, false);
            labelled.line("입법예고 참고자료", 40, 500, 9, 1, false, false);
            return pdf.save(OUT.resolve("sideways.pdf"));
        }
    }

    static List<Glyph> glyphs(Path pdf, int page) {
        return new PdfReader().read(pdf).pages().get(page - 1).glyphs().stream()
                .sorted(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x)).toList();
    }

    @Test
    void flippedMatricesPlaceEveryGlyphWhereThePlainDrawingDoes() throws IOException {
        List<Glyph> plain = glyphs(plain(), 1);
        List<Glyph> hancom = glyphs(hancom(), 1);
        assertEquals(plain.size(), hancom.size());
        for (int i = 0; i < plain.size(); i++) {
            Glyph p = plain.get(i);
            Glyph h = hancom.get(i);
            String at = "glyph " + i + " " + p + " / " + h;
            assertEquals(p.text(), h.text(), at);
            assertEquals(p.x(), h.x(), 0.05, at);
            assertEquals(p.baseline(), h.baseline(), 0.05, at);
            assertEquals(p.width(), h.width(), 0.05, at);
            assertEquals(p.fontSize(), h.fontSize(), 0.01, at);
            assertEquals(0, h.direction(), at);
        }
        assertEquals(18, hancom.get(0).fontSize(), 0.01, "the Type 3 title is drawn at 18 pt: " + hancom.get(0));
        assertEquals(11, hancom.stream().filter(g -> g.text().equals("현")).findFirst().orElseThrow().fontSize(), 0.01);
    }

    @Test
    void rotatedPagesReadAsTheyAreShown() throws IOException {
        List<Glyph> plain = glyphs(plain(), 1);
        Path rotated = rotatedPages();
        for (int page = 1; page <= 2; page++) {
            RawPage raw = new PdfReader().read(rotated).pages().get(page - 1);
            assertEquals(595, raw.width(), 0.01, "page " + page + " reads 595 wide");
            assertEquals(842, raw.height(), 0.01);
            List<Glyph> read = glyphs(rotated, page);
            assertEquals(plain.size(), read.size());
            for (int i = 0; i < plain.size(); i++) {
                String at = "page " + page + " glyph " + i + " " + plain.get(i) + " / " + read.get(i);
                assertEquals(plain.get(i).x(), read.get(i).x(), 0.05, at);
                assertEquals(plain.get(i).baseline(), read.get(i).baseline(), 0.05, at);
                assertEquals(0, read.get(i).direction(), at);
            }
        }
    }

    @Test
    void sidewaysTextTurnsThePageAndASidewaysLabelKeepsItsDirection() throws IOException {
        Path pdf = sideways();
        RawDocument doc = new PdfReader().read(pdf);
        RawPage turned = doc.pages().get(0);
        assertEquals(842, turned.width(), 0.01, "the sideways page reads in landscape");
        assertTrue(turned.glyphs().stream().allMatch(g -> g.direction() == 0));
        List<Glyph> label = doc.pages().get(1).glyphs().stream().filter(g -> g.direction() != 0).toList();
        assertEquals("입법예고참고자료", String.join("", label.stream().map(Glyph::text).toList()));
        assertTrue(label.stream().allMatch(g -> g.direction() == 90), label.toString());
    }

    @Test
    void goldenTexts() throws IOException {
        for (Path pdf : List.of(hancom(), rotatedPages(), sideways())) {
            String text = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).text();
            brief.Goldens.assertMatches(GOLDEN.resolve(pdf.getFileName() + ".txt"), pdf, text);
            assertFalse(text.contains("입법예고"), "the sideways label is not body text");
        }
    }
}
