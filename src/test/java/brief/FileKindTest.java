package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file's kind from its first bytes. */
class FileKindTest {

    @Test
    void magicBytesDecide() {
        assertEquals(FileKind.HWP, FileKind.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1}));
        assertEquals(FileKind.HWPX, FileKind.of("PK\u0003\u0004mimetype".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(FileKind.PDF, FileKind.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileKind.PDF, FileKind.of("hello".getBytes(StandardCharsets.US_ASCII))); // the PDF reader refuses it
        assertEquals(FileKind.PDF, FileKind.of(new byte[0]));
    }
}
