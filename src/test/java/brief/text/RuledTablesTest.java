package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.pdf.Glyph;
import brief.pdf.PdfReader;
import brief.pdf.RawDocument;
import brief.pdf.RawPage;
import brief.pdf.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Tables from ruling lines: the grids found on each corpus page, and glyphs to cells. */
class RuledTablesTest {

    /** Each page's tables as "rows x widest row" (head row counted), top to bottom. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "corpus/fki-global-brief-16-2col.pdf | 1 | 4x3 7x3",   // rules under rows only: columns from text
        "corpus/fki-global-brief-16-2col.pdf | 2 | 5x3",
        "corpus/fki-global-brief-16.pdf      | 1 | 4x3 7x3",   // vertical rules between some cells
        "corpus/fki-global-brief-16.pdf      | 2 | ''",        // a framed figure and a chart's axes are no tables
        "corpus/fki-global-brief-16.pdf      | 3 | 5x3",
        "corpus/fki-global-brief-16-lo.pdf   | 1 | 4x3 7x3",   // full grids
        "corpus/fki-global-brief-16-lo.pdf   | 2 | 5x3",
        "corpus/fki-global-brief-16-hwp.pdf  | 1 | 4x3",       // full grids; the header's hairline is no table
        "corpus/fki-global-brief-16-hwp.pdf  | 2 | 7x3",       // and the figure's bars are none either
        "corpus/fki-global-brief-16-hwp.pdf  | 3 | 5x3",
        "corpus/fki-global-brief-16-hwp.pdf  | 4 | ''",
    })
    void gridsOnEachPage(String pdf, int page, String expected) {
        RawDocument doc = new PdfReader().read(Path.of(pdf));
        RuledTables.Split split = new RuledTables().split(doc.pages().get(page - 1));
        String shapes = String.join(" ", split.tables().stream()
                .map(t -> t.table().rows().size() + "x" + t.table().rows().stream().mapToInt(List::size).max().orElse(0))
                .toList());
        assertEquals(expected, shapes);
    }

    @Test
    void tableGlyphsLeaveThePage() {
        RawPage page = new PdfReader().read(Path.of("corpus/fki-global-brief-16-2col.pdf")).pages().get(0);
        RuledTables.Split split = new RuledTables().split(page);
        String rest = String.join("", split.rest().glyphs().stream().filter(g -> !g.isBlank()).map(Glyph::text).toList());
        assertTrue(!rest.contains("+") && !rest.contains("협력내용"), "table text stayed on the page"); // only cells have these
        assertTrue(rest.contains("폭스콘"));
    }

    /** A 2x2 grid; one word straddles the middle rule a little and goes where its centre is. */
    @Test
    void glyphsGoToCellsByTheirCentre() {
        List<Rule> rules = List.of(new Rule(0, 0, 200, 0), new Rule(0, 20, 200, 20), new Rule(0, 40, 200, 40),
                new Rule(0, 0, 0, 40), new Rule(100, 0, 100, 40), new Rule(200, 0, 200, 40));
        List<Glyph> glyphs = new ArrayList<>();
        word(glyphs, "AB", 5, 15);
        word(glyphs, "CD", 97, 15);   // C's centre at 101: right cell, though it starts left of the rule
        word(glyphs, "EF", 5, 35);
        word(glyphs, "GH", 150, 35);
        RuledTables.Split split = new RuledTables().split(new RawPage(1, 300, 300, glyphs, rules));
        assertEquals(1, split.tables().size());
        assertEquals("AB|CD/EF|GH", render(split.tables().get(0).table()));
        assertTrue(split.rest().glyphs().isEmpty());
    }

    /**
     * A table drawn inside a cell of another, its rules clear of the cell's (a review form's requirements in
     * its 검토내용 cell): one table, the inner one's words in that cell once, not a second table with them again.
     */
    @Test
    void aTableInsideACellIsReadWithThatCellOnce() {
        List<Rule> rules = new ArrayList<>(List.of(new Rule(0, 0, 300, 0), new Rule(0, 20, 300, 20),
                new Rule(0, 120, 300, 120), new Rule(0, 0, 0, 120), new Rule(80, 0, 80, 120), new Rule(300, 0, 300, 120)));
        // the inner grid: two rows of two cells in the right cell of the second row, 5 pt inside it
        rules.addAll(List.of(new Rule(90, 30, 290, 30), new Rule(90, 60, 290, 60), new Rule(90, 90, 290, 90),
                new Rule(90, 30, 90, 90), new Rule(190, 30, 190, 90), new Rule(290, 30, 290, 90)));
        List<Glyph> glyphs = new ArrayList<>();
        word(glyphs, "NAME", 5, 15);
        word(glyphs, "VALUE", 90, 15);
        word(glyphs, "LIST", 5, 70);
        word(glyphs, "AA", 95, 50);
        word(glyphs, "BB", 195, 50);
        word(glyphs, "CC", 95, 80);
        word(glyphs, "DD", 195, 80);
        RuledTables.Split split = new RuledTables().split(new RawPage(1, 400, 300, glyphs, rules));
        assertEquals(1, split.tables().size(), () -> split.tables().stream().map(t -> render(t.table())).toList().toString());
        String text = render(split.tables().get(0).table());
        assertEquals(1, text.split("AA", -1).length - 1, text);
        assertTrue(text.startsWith("NAME|VALUE/LIST|"), text);
    }

    /** No rule between two cells of a row and a line of words running across: one cell, given once. */
    @Test
    void aCellSpanningColumnsGivesItsTextOnce() {
        List<Rule> rules = List.of(new Rule(0, 0, 200, 0), new Rule(0, 20, 200, 20), new Rule(0, 40, 200, 40),
                new Rule(0, 0, 0, 40), new Rule(100, 20, 100, 40), new Rule(200, 0, 200, 40));
        List<Glyph> glyphs = new ArrayList<>();
        word(glyphs, "TITLEACROSS", 60, 15);
        word(glyphs, "EF", 5, 35);
        word(glyphs, "GH", 150, 35);
        RuledTables.Split split = new RuledTables().split(new RawPage(1, 300, 300, glyphs, rules));
        assertEquals("TITLEACROSS/EF|GH", render(split.tables().get(0).table()));
    }

    /**
     * A header label spread by typed spaces over two columns whose rule starts below the header row
     * (odl-rfp-rev p.4: {@code 구   분}, each space glyph narrower than its advance) is one spanning cell.
     */
    @Test
    void aLabelSpreadByTypedSpacesSpansTheColumnsBelow() {
        List<Rule> rules = List.of(new Rule(0, 0, 300, 0), new Rule(0, 20, 300, 20), new Rule(0, 40, 300, 40),
                new Rule(0, 0, 0, 40), new Rule(92, 20, 92, 40), new Rule(200, 0, 200, 40), new Rule(300, 0, 300, 40));
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.add(new Glyph("구", 70, 15, 10, 10, 10, 0));
        for (int i = 0; i < 3; i++) {
            glyphs.add(new Glyph(" ", 80 + 5 * i, 15, 3.5f, 10, 10, 0)); // advance 5, drawn 3.5 wide
        }
        glyphs.add(new Glyph("분", 95, 15, 10, 10, 10, 0));
        word(glyphs, "VALUE", 220, 15);
        word(glyphs, "AB", 5, 35);
        word(glyphs, "CD", 120, 35);
        word(glyphs, "EF", 220, 35);
        RuledTables.Split split = new RuledTables().split(new RawPage(1, 400, 300, glyphs, rules));
        Block.Table table = split.tables().get(0).table();
        assertEquals(2, table.rows().get(0).size(), render(table));
        assertEquals("AB|CD|EF", render(table).split("/")[1]);
    }

    /** A bill's number box: one ruled row, a label set over two lines beside the number, is a table. */
    @Test
    void aBillsNumberBoxIsATableOfOneRow() {
        Path pdf = Path.of("../shared/wild/odl-bill.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/odl-bill.pdf is missing (no ../shared in this clone)");
        RuledTables.Split split = new RuledTables().split(new PdfReader().read(pdf).pages().get(0));
        assertEquals(List.of("의안 번호|25318"), split.tables().stream().map(t -> render(t.table())).toList());
    }

    /** A frame parted in two around lines of running text is no table of one row. */
    @Test
    void aFramePartedAroundRunningTextIsNoTable() {
        List<Rule> rules = List.of(new Rule(0, 0, 400, 0), new Rule(0, 60, 400, 60),
                new Rule(0, 0, 0, 60), new Rule(200, 0, 200, 60), new Rule(400, 0, 400, 60));
        List<Glyph> glyphs = new ArrayList<>();
        word(glyphs, "ABCDEFGHIJKLMNOPQRS", 5, 15);
        word(glyphs, "ABCDEFGHIJKLMNOPQRS", 5, 30);
        word(glyphs, "TUVWXYZ", 205, 15);
        RuledTables.Split split = new RuledTables().split(new RawPage(1, 500, 300, glyphs, rules));
        assertTrue(split.tables().isEmpty());
        // the same frame around short labels is one
        List<Glyph> labels = new ArrayList<>();
        word(labels, "LABEL", 5, 15);
        word(labels, "VALUE", 205, 15);
        assertEquals(1, new RuledTables().split(new RawPage(1, 500, 300, labels, rules)).tables().size());
    }

    private static void word(List<Glyph> out, String text, float x, float baseline) {
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(text.substring(i, i + 1), x + 8 * i, baseline, 8, 8, 10, 0));
        }
    }

    private static String render(Block.Table t) {
        List<String> rows = new ArrayList<>();
        for (List<List<Fragment>> row : t.rows()) {
            rows.add(String.join("|", row.stream().map(c -> String.join(" ", c.stream().map(Fragment::text).toList())).toList()));
        }
        return String.join("/", rows);
    }
}
