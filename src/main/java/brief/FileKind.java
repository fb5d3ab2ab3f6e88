package brief;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a file is, told by its first bytes and never by its name: an HWP 5 document is an OLE2 compound
 * file, an HWPX document a zip (OWPML), an HWP 3 document (Hangul 97 and before) starts with its own
 * signature, and anything else is handed to the PDF reader, which names what is wrong with it (PDFBox
 * also accepts a {@code %PDF} header after a little leading junk). A Git LFS pointer is told by its
 * first line; another file whose first kilobytes are UTF-8 text with no {@code %PDF} in them is plain text.
 */
public enum FileKind {
    PDF, HWP, HWPX,
    /** The Hangul word processor's format before HWP 5: known, so that it gets its own reason, and not read. */
    HWP3,
    /** UTF-8 text without a PDF header: a note, a pasted article, a brief saved as text. */
    TEXT,
    /** The small text file Git LFS leaves in a clone in place of the file it keeps (a clone made without LFS). */
    GIT_LFS_POINTER;

    /** How much of a file is looked at to call it text. */
    private static final int TEXT_HEAD = 4096;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] GIT_LFS = "version https://git-lfs.github.com/spec/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] HWP3_SIGNATURE = "HWP Document File".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** {@return the kind of {@code file} by its magic bytes; a missing file is a PDF for the reader to refuse} */
    public static FileKind of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TEXT_HEAD);
        } catch (IOException e) {
            return PDF;
        }
        return of(head);
    }

    /** {@return the kind of a file that starts with {@code head}} */
    public static FileKind of(byte[] head) {
        if (startsWith(head, OLE2)) {
            return HWP;
        }
        if (startsWith(head, ZIP)) {
            return HWPX;
        }
        if (startsWith(head, HWP3_SIGNATURE)) {
            return HWP3;
        }
        if (startsWith(head, GIT_LFS)) {
            return GIT_LFS_POINTER;
        }
        return isText(head) ? TEXT : PDF;
    }

    /**
     * {@return whether {@code head} reads as UTF-8 text: no NUL, no control byte but tab, line breaks and
     * form feed, no {@code %PDF}, and valid UTF-8 but for a character the cut may have split at its end}
     */
    static boolean isText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        if (new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF")) {
            return false;
        }
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(head);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(head.length);
        java.nio.charset.CoderResult r = utf8.decode(in, out, false); // false: a split last character is no error
        return !r.isError();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
