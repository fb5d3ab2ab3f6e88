package brief.text;

import java.text.Normalizer;

/**
 * Character clean-up of extracted text: NFC; fullwidth ASCII forms to ASCII; the many middle dots to
 * {@code ·} and tildes to {@code ~} (producers pick different code points for the same mark); no-break
 * and other odd spaces to a plain space; controls and U+FFFD out.
 */
public final class Characters {

    private Characters() {
    }

    public static String normalize(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case '・', '‧', 'ㆍ', '∙', '⋅', '\uFF65' -> out.append('·');
                case '∼', '〜' -> out.append('~');
                case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u3000' -> out.append(' ');
                case '\uFFFD', '\u00AD', '\u200B', '\uFEFF' -> { }
                default -> {
                    if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
