package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brief.facts.DateFact;
import brief.facts.Facts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date a brief gives itself wins over the PDF's creation date, and the facts say where the date
 * came from: a brief exported a year after it was written resolves 올해 and 지난해 against its masthead.
 */
class PublishedFromTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    private static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path dir;

    @Test
    void aDatedMastheadWinsOverTheCreationDate() throws IOException {
        assumeTrue(Files.isRegularFile(FONT), "needs the Nanum Gothic font at " + FONT + " (fonts-nanum)");
        Path pdf = brief(dir.resolve("masthead.pdf"), List.of("Global Brief Vol.12 · 2024년 5월",
                "일본 반도체 산업의 부활", "올해 일본 정부는 보조금을 늘렸고, 지난해 착공한 공장은 지난달 가동을 시작했다."));
        Facts f = PIPELINE.process(pdf, "masthead.pdf", Optional.empty()).facts();
        assertEquals(Optional.of("2024-05"), f.document().published());
        assertEquals(Optional.of("text"), f.document().publishedFrom());
        assertEquals(List.of("2024-05", "2024", "2023", "2024-04"), f.dates().stream().map(DateFact::value).toList());

        Facts given = PIPELINE.process(pdf, "masthead.pdf", Optional.of("2026-01")).facts();
        assertEquals(Optional.of("option"), given.document().publishedFrom());
        assertEquals(List.of("2024-05", "2026", "2025", "2025-12"), given.dates().stream().map(DateFact::value).toList());
    }

    @Test
    void withoutADateInTheTextTheMetadataCounts() throws IOException {
        assumeTrue(Files.isRegularFile(FONT), "needs the Nanum Gothic font at " + FONT + " (fonts-nanum)");
        Path pdf = brief(dir.resolve("plain.pdf"), List.of("일본 반도체 산업의 부활", "올해 일본 정부는 보조금을 늘렸다."));
        Facts f = PIPELINE.process(pdf, "plain.pdf", Optional.empty()).facts();
        assertEquals(Optional.of("2025-06-01"), f.document().published());
        assertEquals(Optional.of("metadata"), f.document().publishedFrom());
    }

    @Test
    void plainTextReadsItsMastheadToo() {
        Facts f = PIPELINE.processText("t", "-", "AI 동향 2022년 8월호\n생성형 AI의 부상\n\n지난달 발표와 올해 하반기 계획",
                Optional.empty()).facts();
        assertEquals(Optional.of("2022-08"), f.document().published());
        assertEquals(Optional.of("text"), f.document().publishedFrom());
        assertEquals(List.of("2022-08", "2022-07", "2022"), f.dates().stream().map(DateFact::value).toList());
    }

    /** A kicker line (its date is a date of the text too), a title and paragraphs, created (per the metadata) on 2025-06-01. */
    private static Path brief(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(72, PDRectangle.A4.getHeight() - 72);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -30);
                }
                cs.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2025, Calendar.JUNE, 1, 12, 0);
            info.setCreationDate(created);
            doc.setDocumentInformation(info);
            doc.save(file.toFile());
        }
        return file;
    }
}
