package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's kind from its first bytes. */
class FileKindTest {

    /** The start of an HWP 3 file as Hangul 97 writes it: its signature, then the format's fixed bytes. */
    static final byte[] HWP3_HEAD = "HWP Document File V3.00 \u001a\u0001\u0002\u0003\u0004\u0005"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void magicBytesDecide() {
        assertEquals(FileKind.HWP, FileKind.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1}));
        assertEquals(FileKind.HWPX, FileKind.of("PK\u0003\u0004mimetype".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(FileKind.HWP3, FileKind.of(HWP3_HEAD));
        assertEquals(FileKind.PDF, FileKind.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileKind.TEXT, FileKind.of("hello".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileKind.TEXT, FileKind.of("HWP Doc".getBytes(StandardCharsets.US_ASCII))); // too short to be one
        assertEquals(FileKind.PDF, FileKind.of(new byte[0]));
        assertEquals(FileKind.PDF, FileKind.of("\n\n%PDF-1.4 junk before the header".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileKind.PDF, FileKind.of("text\u0000with a NUL".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileKind.PDF, FileKind.of(new byte[] {'a', (byte) 0xC3, 'b'})); // no UTF-8
        assertEquals(FileKind.PDF, FileKind.of("회의록".getBytes(java.nio.charset.Charset.forName("EUC-KR"))));
    }

    /** The first kilobytes may end inside a character: the cut is no error. */
    @Test
    void koreanTextCutInsideACharacterIsText() {
        byte[] text = "반도체 보조금 ".repeat(400).getBytes(StandardCharsets.UTF_8);
        assertEquals(FileKind.TEXT, FileKind.of(java.util.Arrays.copyOf(text, 4096)));
        assertEquals(FileKind.TEXT, FileKind.of(java.util.Arrays.copyOf(text, 4095)));
    }

    /** A clone without Git LFS holds pointers in place of its PDFs: the reason says so, whatever the name. */
    @Test
    void aGitLfsPointerIsNamedAsSuch(@TempDir Path dir) throws IOException {
        String pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:5effd47b455c48399a40f1924b61df98"
                + "28d1e5f57a5bdf6fb76b7b165c732ef7\nsize 126209\n";
        Pipeline pipeline = new Pipeline();
        for (String name : java.util.List.of("보고서.pdf", "보고서.hwp")) {
            Path f = Files.writeString(dir.resolve(name), pointer);
            BadInputException e = assertThrows(BadInputException.class, () -> pipeline.process(f, f.toString(), Optional.empty()));
            assertTrue(e.reason().startsWith("a Git LFS pointer, not the document itself"), e.reason());
        }
    }

    /** A note saved as text is read as text whatever its name but .pdf: a file named .pdf is a broken PDF. */
    @Test
    void plainTextIsReadAsTextUnlessItIsNamedPdf(@TempDir Path dir) throws IOException {
        Path note = Files.writeString(dir.resolve("메모"), "도요타는 2025년 3월 약 1조 엔을 투자한다.\n");
        Pipeline pipeline = new Pipeline();
        Pipeline.Result r = pipeline.process(note, note.toString(), Optional.empty());
        assertEquals("도요타는 2025년 3월 약 1조 엔을 투자한다.\n", r.text().text());
        assertEquals(Hashes.sha256(note), r.facts().document().sha256(), "the file's hash, as for a PDF");
        assertEquals("Toyota Motor", r.facts().firms().getFirst().name());
        assertEquals(1_000_000_000_000L, r.facts().amounts().getFirst().value());
        Path named = Files.writeString(dir.resolve("memo.PDF"), "도요타는 투자한다.\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> pipeline.process(named, named.toString(), Optional.empty()));
        assertTrue(e.reason().startsWith("not a readable PDF"), e.reason());
    }

    /** An HWP 3 file named .hwp gets its own reason, not a PDF parser's ("Missing root object"). */
    @Test
    void anHwp3FileIsRefusedAsWhatItIs(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("보고서.hwp");
        byte[] body = new byte[4096];
        System.arraycopy(HWP3_HEAD, 0, body, 0, HWP3_HEAD.length);
        Files.write(old, body);
        assertEquals(FileKind.HWP3, FileKind.of(old));
        BadInputException e = assertThrows(BadInputException.class,
                () -> new Pipeline().process(old, old.toString(), Optional.empty()));
        assertTrue(e.getMessage().contains("보고서.hwp"), e.getMessage());
        assertTrue(e.getMessage().contains("HWP 3 file (Hangul 97 or older)"), e.getMessage());
    }
}
