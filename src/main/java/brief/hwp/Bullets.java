package brief.hwp;

import java.util.Map;

/**
 * Bullets as they are drawn. Hangul stores a bullet as a character of a symbol font, most often a
 * Wingdings code in the private-use block (U+F000 + the font's code); the page shows the font's glyph.
 * The common ones map to their Unicode look-alike (Microsoft's Wingdings code chart), any other
 * private-use bullet to {@code •}.
 */
final class Bullets {

    private Bullets() {
    }

    /** Wingdings codes of the usual list bullets and the Unicode character each draws as. */
    private static final Map<Character, String> WINGDINGS = Map.of(
            '\uF06C', "●", '\uF06E', "■", '\uF071', "❑", '\uF075', "◆", '\uF076', "❖",
            '\uF09F', "•", '\uF0A7', "▪", '\uF0D8', "➢", '\uF0FC', "✓", '\uF0A1', "○");

    /** {@return the head of a paragraph (number or bullet) with symbol-font bullets made visible} */
    static String visible(String head) {
        StringBuilder out = new StringBuilder(head.length());
        for (char c : head.toCharArray()) {
            if (c >= '\uE000' && c <= '\uF8FF') {
                out.append(WINGDINGS.getOrDefault(c, "•"));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
