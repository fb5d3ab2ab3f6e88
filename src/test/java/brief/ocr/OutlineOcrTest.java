package brief.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brief.eval.WordScore;
import brief.nlp.NoriWrapJudge;
import brief.pdf.OutlineFinder;
import brief.pdf.PdfReader;
import brief.pdf.RawDocument;
import brief.text.LayoutAnalyzer;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose text layer holds a heading and whose paragraph is drawn as filled glyph outlines (taken
 * from a TrueType font, as a designer's "create outlines" leaves them): the paragraph's lines are found
 * and read by OCR into the page's text in place, with a warning; without Tesseract the page keeps its
 * text layer and a warning says how to install it. And the shared odl-kyobo-monthly.pdf, whose body
 * paragraph on page 1 is drawn so.
 */
class OutlineOcrTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    private static final String HEADING = "투자 목적";
    private static final List<String> BODY = List.of("이 보고서는 국내 반도체 산업의 투자 동향을",
            "정리하여 안정적인 수익을 추구합니다.");

    @TempDir
    Path dir;

    private Path outlined() throws Exception {
        Path pdf = dir.resolve("outlined.pdf");
        try (PDDocument doc = new PDDocument();
             TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(FONT.toFile()))) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            float scale = 11f / ttf.getUnitsPerEm();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(60, 780);
                cs.showText(HEADING);
                cs.endText();
                float y = 740;
                for (String line : BODY) {
                    float x = 60;
                    for (int cp : line.codePoints().toArray()) {
                        int gid = ttf.getUnicodeCmapLookup().getGlyphId(cp);
                        GeneralPath path = ttf.getGlyph().getGlyph(gid) == null ? new GeneralPath()
                                : ttf.getGlyph().getGlyph(gid).getPath();
                        AffineTransform at = new AffineTransform(scale, 0, 0, scale, x, y);
                        fill(cs, path.getPathIterator(at));
                        x += ttf.getAdvanceWidth(gid) * scale;
                    }
                    y -= 18;
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static void fill(PDPageContentStream cs, PathIterator it) throws Exception {
        float[] c = new float[6];
        float lx = 0, ly = 0;
        boolean any = false;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> { cs.moveTo(c[0], c[1]); lx = c[0]; ly = c[1]; any = true; }
                case PathIterator.SEG_LINETO -> { cs.lineTo(c[0], c[1]); lx = c[0]; ly = c[1]; }
                case PathIterator.SEG_QUADTO -> {
                    cs.curveTo(lx + 2f / 3 * (c[0] - lx), ly + 2f / 3 * (c[1] - ly), c[2] + 2f / 3 * (c[0] - c[2]),
                            c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lx = c[2];
                    ly = c[3];
                }
                case PathIterator.SEG_CUBICTO -> { cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]); lx = c[4]; ly = c[5]; }
                default -> cs.closePath();
            }
        }
        if (any) {
            cs.fillEvenOdd();
        }
    }

    @Test
    void theOutlinedLinesAreFoundAndTheTextLayerIsNot() throws Exception {
        assumeTrue(Files.isRegularFile(FONT), "the Nanum fonts (fonts-nanum) are not installed: " + FONT);
        Path pdf = outlined();
        RawDocument raw = new PdfReader().read(pdf);
        List<OutlineFinder.OutlinedLine> lines = new OutlineFinder().find(pdf, Optional.empty(), raw.pages());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.top() > 842 - 780), lines.toString()); // below the heading
    }

    @Test
    void withoutTesseractThePageKeepsItsTextAndAWarningSaysHowToInstall() throws Exception {
        assumeTrue(Files.isRegularFile(FONT), "the Nanum fonts (fonts-nanum) are not installed: " + FONT);
        Path pdf = outlined();
        RawDocument raw = new PdfReader().read(pdf);
        OutlineOcr.Result r = new OutlineOcr(300, Optional::empty).read(raw, pdf, Optional.empty(), List.of());
        assertEquals(raw.pages(), r.document().pages());
        assertTrue(r.document().warnings().contains("page(s) 1 hold text drawn as outlines, not read; reading it needs"
                + " OCR: " + Tesseract.INSTALL), r.document().warnings().toString());
    }

    @Test
    void theOutlinedParagraphIsReadInPlace() throws Exception {
        assumeTrue(Files.isRegularFile(FONT), "the Nanum fonts (fonts-nanum) are not installed: " + FONT);
        assumeTrue(Tesseract.available(), "Tesseract with kor and eng models is not installed");
        Path pdf = outlined();
        OutlineOcr.Result r = new OutlineOcr().read(new PdfReader().read(pdf), pdf, Optional.empty(), List.of());
        assertEquals(List.of(1), r.ocrPages());
        String text = new LayoutAnalyzer(new NoriWrapJudge()).clean(r.document()).text();
        assertTrue(text.startsWith(HEADING), text);
        WordScore w = WordScore.of(text, HEADING + "\n" + String.join(" ", BODY));
        assertTrue(w.f1() > 0.8, w + " " + text);
    }

    private static String kyoboPage1;

    /** {@return page 1 of the shared odl-kyobo-monthly.pdf with its outlined text read, once for the tests} */
    private static synchronized String kyoboPage1() {
        Path kyobo = Path.of("../shared/wild/odl-kyobo-monthly.pdf");
        assumeTrue(Files.isRegularFile(kyobo), "../shared/wild/odl-kyobo-monthly.pdf is absent (the shared PDFs)");
        assumeTrue(Tesseract.available(), "Tesseract with kor and eng models is not installed");
        if (kyoboPage1 == null) {
            OutlineOcr.Result r = new OutlineOcr().read(new PdfReader().read(kyobo), kyobo, Optional.empty(), List.of());
            kyoboPage1 = new LayoutAnalyzer(new NoriWrapJudge()).clean(r.document()).pageText(1);
        }
        return kyoboPage1;
    }

    /**
     * PowerPoint fills each table cell's label as one path of many curves (a word per shape, not a letter),
     * and OCR words of one line may have overlapping boxes: the labels are found, and words stay apart.
     */
    @Test
    void kyobosTableLabelsDrawnAsOneShapeEachAreReadBesideTheirValues() {
        String page1 = kyoboPage1();
        for (String row : List.of("기타 유동성\t0.41", "서비스업\t0.71", "서울옥션\t7.70", "경동나비엔\t5.91")) {
            assertTrue(page1.contains(row), row + " not in\n" + page1);
        }
        assertTrue(page1.contains("90% 이상") && page1.contains("모투자신탁 1호"), page1);
    }

    @Test
    void unsureWordsAtTheEndsOfACutAreTrimmed() {
        List<OcrWord> words = List.of(new OcrWord("트", 0, 0, 5, 10, 0, 10, 17, false),
                new OcrWord("종목별", 8, 0, 30, 10, 0, 10, 87, true), new OcrWord("가", 32, 0, 36, 10, 0, 10, 30, true));
        assertEquals(List.of("종목별"), OutlineOcr.trimmed(words).stream().map(OcrWord::text).toList());
        List<OcrWord> inside = List.of(words.get(1), words.get(2), words.get(1));
        assertEquals(3, OutlineOcr.trimmed(inside).size());
    }

    /** Real text reads much the same as one line and as a block; a drawing read as one line is a word of its own. */
    @Test
    void aLinesTwoReadingsAgreeOnRealText() {
        List<OcrWord> line = List.of(new OcrWord("투자", 0, 0, 20, 10, 0, 10, 96, false), new OcrWord("목적", 25, 0, 45, 10, 0, 10, 96, true));
        List<OcrWord> block = List.of(new OcrWord("투자", 0, 0, 20, 10, 0, 10, 50, false), new OcrWord("o", 21, 0, 23, 10, 0, 10, 97, true),
                new OcrWord("목적", 25, 0, 45, 10, 0, 10, 50, true));
        assertTrue(OutlineOcr.agreement(line, block) >= OutlineOcr.MIN_AGREEMENT);
        List<OcrWord> curve = List.of(new OcrWord("agoeates", 0, 0, 80, 10, 0, 10, 89, false));
        List<OcrWord> junk = List.of(new OcrWord("UNN", 0, 0, 20, 10, 0, 10, 95, false), new OcrWord("gN", 25, 0, 35, 10, 0, 10, 84, true),
                new OcrWord("so", 40, 0, 50, 10, 0, 10, 94, true), new OcrWord("vT4r", 55, 0, 65, 10, 0, 10, 87, true),
                new OcrWord("MIISInL", 70, 0, 80, 10, 0, 10, 92, true), new OcrWord("Bud", 85, 0, 95, 10, 0, 10, 91, true));
        assertTrue(OutlineOcr.agreement(curve, junk) < OutlineOcr.MIN_AGREEMENT);
    }

    @Test
    void kyobosBodyParagraphIsRead() {
        String page1 = kyoboPage1();
        WordScore w = new brief.eval.PassageAligner().score("이 투자신탁의 모펀드는 성장 잠재력이 뛰어난 핵심 중소형 주식을"
                + " 집중 발굴 및 우량 대형주를 일부 편입함으로써 중소형 주식 섹터 불균형 현상을 완화하여 안정적인 수익을"
                + " 추구합니다.", page1);
        assertTrue(w.recall() > 0.8, w + " " + page1);
    }

    /** The Excel factsheet's price chart is drawn with small filled curves in a row; it is no text. */
    @Test
    void aChartsStrokesAreNotReadAsText() {
        Path china = Path.of("../shared/wild/odl-db-china.pdf");
        assumeTrue(Files.isRegularFile(china), "../shared/wild/odl-db-china.pdf is absent (the shared PDFs)");
        assumeTrue(Tesseract.available(), "Tesseract with kor and eng models is not installed");
        OutlineOcr.Result r = new OutlineOcr().read(new PdfReader().read(china), china, Optional.empty(), List.of());
        assertTrue(r.ocrPages().isEmpty(), "outlined text read on " + r.ocrPages() + ": "
                + new LayoutAnalyzer(new NoriWrapJudge()).clean(r.document()).pageText(1));
    }
}
