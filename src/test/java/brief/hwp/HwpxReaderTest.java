package brief.hwp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import brief.text.CleanText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HWPX reader on the shared samples: a ministry press release, a request for proposals, features. */
class HwpxReaderTest {

    private final HwpxReader reader = new HwpxReader();

    @Test
    void aPressReleaseKeepsItsTablesAndParagraphsInOrder() {
        CleanText t = reader.read(SharedHwp.file("hwpxlib-error-20241104-mot.hwpx")).text();
        assertTrue(t.text().startsWith("문화체육관광부\t보도자료"), t.text());
        assertTrue(t.text().contains("보도시점\t2024. 1. 2.(화) 08:00\t배포\t2024. 1. 2.(화) 08:00"));
        assertTrue(t.text().indexOf("격려한다.") < t.text().indexOf("※ 현장 사진 별도 배포 예정"));
        assertTrue(t.text().endsWith("(이천선수촌)\t장애인체육과\t담당자\t사무관\t이기태\t(044-203-3185)"), t.text());
    }

    @Test
    void outlineNumbersAreWrittenAsDrawn() {
        String t = reader.read(SharedHwp.file("hwpxlib-error-20240919-테스트문서.hwpx")).text().text();
        assertTrue(t.startsWith("1. 개요\n\n개요 내용입니다\n\n- 개요 내용을 추가합니다\n\n2. 문서요약"), t);
        assertTrue(t.contains("\n\n가. 문서 내용 확인 조거\n\n"), t);
    }

    @Test
    void aLongDocumentGetsPagesFromItsSavedLayout() {
        // the request for proposals lists its chapters up to page 20 in its table of contents
        WordDocument doc = reader.read(SharedHwp.file("hwpxlib-error-20230728-test.hwpx"));
        assertTrue(doc.pages() >= 20, "pages " + doc.pages());
        assertEquals(doc.pages(), doc.text().pages().get(doc.text().pages().size() - 1).page());
        assertTrue(doc.text().pageText(1).contains("행사대행 용역 제안요청서"), doc.text().pageText(1));
    }

    @Test
    void headerAndFooterAreFurniture() {
        CleanText t = reader.read(SharedHwp.file("hwpxlib-reader_writer-HeaderFooter.hwpx")).text();
        assertEquals("", t.text());
        assertTrue(t.furniture().contains("머리말 테스트") && t.furniture().contains("꼬리말"), t.furniture().toString());
    }

    @Test
    void aZipThatIsNotHwpxIsNotReadable(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("notes.hwpx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes());
        }
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(zip));
        assertTrue(e.reason().startsWith("not a readable HWPX file"), e.reason());
    }
}
