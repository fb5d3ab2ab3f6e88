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
        assertEquals(FileKind.PDF, FileKind.of("hello".getBytes(StandardCharsets.US_ASCII))); // the PDF reader refuses it
        assertEquals(FileKind.PDF, FileKind.of("HWP Doc".getBytes(StandardCharsets.US_ASCII))); // too short to be one
        assertEquals(FileKind.PDF, FileKind.of(new byte[0]));
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
