package brief.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ruling lines of the corpus PDFs, in the glyphs' top-down page space. */
class RuleCollectorTest {

    @Test
    void theTwoColumnBriefsTableRulesSitBetweenItsRowsText() {
        RawPage page = new PdfReader().read(Path.of("corpus/fki-global-brief-16-2col.pdf")).pages().get(0);
        // table 1 of the right column: a rule over the head, under it and under each of three rows
        List<Rule> table = page.rules().stream()
                .filter(r -> r.horizontal() && Math.abs(r.x0() - 326.3f) < 1 && r.y0() < 250).toList();
        assertEquals(5, table.size(), table.toString());
        Glyph rohm = page.glyphs().stream().filter(g -> g.text().equals("R") && g.x() > 326).findFirst().orElseThrow();
        assertTrue(table.get(1).y0() < rohm.top() && rohm.baseline() < table.get(2).y0(),
                "ROHM's row lies between the head rule and the next: " + rohm + " " + table);
        // collinear pieces (a border per cell) come out as one rule across the table
        assertEquals(552.8f, table.get(2).x1(), 0.5f);
    }

    @Test
    void verticalRulesOfTheOneColumnBriefsGrid() {
        RawPage page = new PdfReader().read(Path.of("corpus/fki-global-brief-16.pdf")).pages().get(0);
        List<Rule> inner = page.rules().stream()
                .filter(r -> !r.horizontal() && r.y0() > 500 && r.y1() < 600).toList();
        assertEquals(List.of(139.9f, 305.6f), inner.stream().map(r -> Math.round(r.x0() * 10) / 10f).toList());
    }

    /**
     * A dotted rule drawn piece by piece (Hancom PDF: strokes of under a point, 1.2 pt apart, no dash
     * pattern) is one rule; a few dots, or pieces that do not follow each other closely, are none.
     */
    @Test
    void closelySpacedShortPiecesMakeADottedRule() {
        List<Rule> pieces = new java.util.ArrayList<>();
        for (float x = 60; x < 300; x += 1.2f) {
            pieces.add(new Rule(x, 200.2f, x + 0.6f, 200.2f));
        }
        for (float y = 100; y < 180; y += 1.5f) {
            pieces.add(new Rule(400, y, 400, y + 0.5f));
        }
        for (int i = 0; i < 3; i++) {
            pieces.add(new Rule(60 + i, 250, 60.5f + i, 250)); // three dots: a mark
        }
        for (int i = 0; i < 10; i++) {
            pieces.add(new Rule(60 + 10 * i, 300, 62 + 10 * i, 300)); // dashes 8 pt apart: no line
        }
        List<Rule> rules = RuleCollector.dotted(pieces);
        assertEquals(2, rules.size(), rules.toString());
        Rule across = rules.get(0);
        assertTrue(across.horizontal() && across.x0() == 60 && across.x1() > 299 && across.y0() == 200.2f, across.toString());
        Rule down = rules.get(1);
        assertTrue(!down.horizontal() && down.x0() == 400 && down.y0() == 100 && down.y1() > 179, down.toString());
    }

    @Test
    void touchingCollinearPiecesMerge() {
        List<Rule> merged = RuleCollector.merge(List.of(new Rule(10, 50, 40, 50), new Rule(40.5f, 50.3f, 90, 50.3f),
                new Rule(100, 50, 120, 50), new Rule(30, 10, 30, 60)));
        assertEquals(List.of(new Rule(10, 50, 90, 50), new Rule(100, 50, 120, 50), new Rule(30, 10, 30, 60)), merged);
    }
}
