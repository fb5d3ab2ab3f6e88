package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.eval.WordScore;
import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus PDFs through PDFBox and the layout stage. The golden file {@code x.pdf.txt} beside each
 * {@code x.pdf} pins its clean text (reviewed against the hand-restored reference in corpus/src);
 * regenerate it with {@code -Dbrief.golden.update=true} after a deliberate change, and review the diff.
 */
class LayoutAnalyzerTest {

    static final Path PDF = Path.of("corpus/fki-global-brief-16.pdf");
    static final Path REFERENCE = Path.of("corpus/src/fki-global-brief-16.txt");
    static CleanText clean;

    @BeforeAll
    static void read() {
        clean = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(PDF));
    }

    static List<Path> pdfs() {
        return brief.Ingester.pdfs(List.of(Path.of("corpus")));
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void matchesTheReviewedGoldenFile(Path pdf) throws IOException {
        String text = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).text();
        Path golden = Path.of(pdf + ".txt");
        if (Boolean.getBoolean("brief.golden.update")) {
            Files.writeString(golden, text);
        }
        String expected = Files.readString(golden);
        if (!expected.equals(text)) {
            fail("clean text differs from " + golden + ":\n" + diff(expected, text));
        }
    }

    @Test
    void wordsMatchTheRestoredReference() throws IOException {
        double f1 = WordScore.of(clean.text(), Files.readString(REFERENCE)).f1();
        assertTrue(f1 >= 0.99, "word F1 " + f1 + " below 0.99");
    }

    @Test
    void furnitureStaysOutOfTheBody() {
        String text = clean.text();
        assertFalse(text.contains("FKI"), "sidebar text leaked into the body");
        assertFalse(text.matches("(?s).*^00[123]$.*"), "a page number leaked into the body");
        assertFalse(text.lines().anyMatch(l -> l.strip().matches("\\d{3}")), "a page number line leaked");
        assertTrue(text.chars().noneMatch(c -> c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE));
    }

    /**
     * Every producer's furniture (sidebars, running headers and footers, page numbers as 002, - 2 -,
     * 2 / 3) stays out of every corpus PDF's body, and no undecodable character gets in.
     */
    @ParameterizedTest
    @MethodSource("pdfs")
    void noProducersFurnitureInTheBody(Path pdf) {
        CleanText t = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf));
        String text = t.text();
        assertFalse(text.toUpperCase(java.util.Locale.ROOT).contains("FKI GLOBAL BRIEF"), pdf + ": sidebar or header in the body");
        assertFalse(text.contains("Global Brief Vol"), pdf + ": running header in the body");
        assertFalse(text.lines().anyMatch(l -> l.strip().matches("(-\\s*)?\\d{1,3}(\\s*-)?|\\d+\\s*/\\s*\\d+")),
                pdf + ": a page number line in the body");
        assertTrue(text.chars().noneMatch(c -> c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE), pdf.toString());
        assertFalse(t.furniture().isEmpty(), pdf + ": no furniture found at all");
    }

    @Test
    void pagesStartWhereTheBriefTurnsThePage() {
        assertEquals(3, clean.pages().size());
        assertTrue(clean.pageText(1).startsWith("전기차부터 반도체까지"));
        assertTrue(clean.pageText(2).startsWith("한편 일본의 TSMC와 협력은"));
        assertTrue(clean.pageText(3).startsWith("일본-대만 협력의 본질"));
    }

    @Test
    void tablesKeepRowsAndCellsInReadingOrder() {
        assertTrue(clean.text().contains("투자규모\t약 1조 2,900억 엔\t약 2조 엔 추산\n"));
        assertTrue(clean.text().contains("2025\tMitsubishi Motors + Foxconn\t전기차 위탁생산 협력, MIH 플랫폼 활용\n"));
        assertTrue(clean.text().contains(
                "반도체\t첨단 소재·부품·장비 기술 (EUV, Si 웨이퍼, 화학재 등)\t세계 최고 수준의 파운드리 제조 역량\n"));
    }

    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(e.size(), a.size()) && out.size() < 20; i++) {
            String x = i < e.size() ? e.get(i) : "<none>";
            String y = i < a.size() ? a.get(i) : "<none>";
            if (!x.equals(y)) {
                out.add("line " + (i + 1) + "\n  - " + x + "\n  + " + y);
            }
        }
        return String.join("\n", out);
    }

    /** Found by fuzzing: a page with huge coordinates made the gutter search loop for ever. */
    @Test
    void hugeCoordinatesDoNotHangTheColumnSearch() {
        java.util.List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(new Line(1, List.of(new Fragment("반도체 산업의 전략적 육성을 강력히 뒷받침", 0f, 3e9f, i * 20f, i * 20f + 10, 10f))));
        }
        long start = System.nanoTime();
        assertEquals(1, new Columns().regions(lines, 0f, 3e9f).size());
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }
}
