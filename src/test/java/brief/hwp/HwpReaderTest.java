package brief.hwp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import brief.text.CleanText;
import brief.text.PageRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HWP 5 reader on the shared feature samples and rulings: what each kind of object becomes. */
class HwpReaderTest {

    private final HwpReader reader = new HwpReader();

    private CleanText text(String name) {
        return reader.read(SharedHwp.file(name)).text();
    }

    @Test
    void aTableIsOneRowALineWithItsCellsTabSeparated() {
        String t = text("nts-010000000000000627.hwp").text();
        assertTrue(t.contains("[ 문서번호 ]\t징세46101-1332 (1999. 6. 8.)\n[ 제 목 ]\n"), t);
        assertTrue(t.contains("\n[ 관련법령 ]\t국세징수법 제19조【체납액 등의 징수유예의 효과】및 제15조, 제17조, 제19조"), t);
    }

    @Test
    void headersAndFootersAreFurnitureNotBody() {
        CleanText t = text("hwplib-머리글꼬리글.hwp");
        assertTrue(t.furniture().contains("개요1"), t.furniture().toString());
        assertFalse(t.text().contains("개요1"));
        assertTrue(t.text().startsWith("1. aaa\n\n"), t.text()); // its paragraphs are numbered
    }

    @Test
    void aMasterPageIsFurnitureAndLeavesTheBodyEmpty() {
        CleanText t = text("hwplib-바탕쪽.hwp");
        assertEquals(List.of("바타아 쪼옥"), t.furniture());
        assertEquals("", t.text());
    }

    @Test
    void anEndnoteFollowsItsParagraph() {
        CleanText t = text("hwplib-각주미주.hwp");
        assertEquals("sssd", t.text()); // the body paragraph holds only spaces and the note marks
    }

    @Test
    void textBoxesStandInPlace() {
        String t = text("hwplib-글상자.hwp").text();
        assertTrue(t.contains("ABC\n\n그림\n\n123"), t);
    }

    @Test
    void paragraphNumbersAndBulletsAreWrittenAsDrawn() {
        String t = text("hwplib-문단번호 1-10 수준.hwp").text();
        assertTrue(t.contains("1. 문단번호\n\n2. 문단번호\n\n3. 문단번호\n\n● 글머리표\n\n● 글머리표"), t);
        assertTrue(t.startsWith("양쪽 정렬\n\n왼쪽 정렬"), t); // unnumbered paragraphs get no head
    }

    /**
     * A file whose paragraphs refer to numbering definitions it does not hold (seen in real press releases
     * and manuals: hwplib's numbering then fails with {@code Index 46 out of bounds for length 0}): the
     * numbered sample with its definitions taken out reads whole, its paragraphs without their numbers,
     * and a warning says how many lost them.
     */
    @Test
    void paragraphsWhoseNumberingIsMissingAreReadWithoutTheirNumbers(@TempDir Path dir) throws Exception {
        kr.dogfoot.hwplib.object.HWPFile hwp = kr.dogfoot.hwplib.reader.HWPReader.fromFile(
                SharedHwp.file("hwplib-문단번호 1-10 수준.hwp").toFile());
        hwp.getDocInfo().getNumberingList().clear();
        hwp.getDocInfo().getBulletList().clear();
        Path broken = dir.resolve("numbering-gone.hwp");
        kr.dogfoot.hwplib.writer.HWPWriter.toFile(hwp, broken.toString());
        WordDocument doc = reader.read(broken);
        String t = doc.text().text();
        assertTrue(t.startsWith("양쪽 정렬\n\n왼쪽 정렬"), t);
        assertTrue(t.contains("문단번호\n\n문단번호\n\n문단번호"), t);
        assertFalse(t.contains("1. 문단번호"), t);
        assertEquals(1, doc.warnings().size(), doc.warnings().toString());
        assertTrue(doc.warnings().get(0).contains("paragraph(s) without their number or bullet"), doc.warnings().get(0));
    }

    @Test
    void theDistributionFileIsRefusedWithItsOwnReason() {
        Path file = SharedHwp.file("hwplib-distribution.hwp"); // skips, with its reason, without ../shared
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertTrue(e.reason().startsWith("saved for distribution (배포용)"), e.reason());
        assertTrue(e.input().endsWith("hwplib-distribution.hwp"));
    }

    @Test
    void anOle2FileThatIsNotHwpIsNotReadable(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(SharedHwp.file("hwplib-source.hwp"));
        Path broken = dir.resolve("broken.hwp");
        Files.write(broken, java.util.Arrays.copyOf(bytes, 1024)); // the header block only
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(broken));
        assertTrue(e.reason().startsWith("not a readable HWP file"), e.reason());
    }

    @Test
    void everyPageSpanIsInOrderAndNonEmpty() {
        for (String name : List.of("nts-000000000000574110.hwp", "hwplib-머리글꼬리글.hwp")) {
            CleanText t = text(name);
            int last = 0;
            for (PageRange p : t.pages()) {
                assertTrue(p.page() > last, name + " " + t.pages());
                assertFalse(p.span().of(t.text()).isBlank(), name + " page " + p.page());
                last = p.page();
            }
        }
    }
}
