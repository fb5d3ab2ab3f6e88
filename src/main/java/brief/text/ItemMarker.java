package brief.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker that opens a list item, when a line starts with one: a bullet or symbol ({@code □ ■ ○ ◦ • -
 * ※ ▶}), the letter {@code ㅇ}, a Latin {@code o} standing for it (Hangul reports type one as often as the
 * other) or a middle dot ({@code ·}) with a space after it, the dingbats of symbol
 * fonts ({@code ❍ ❑ ❖ ➢ ✓}), a circled or parenthesised number ({@code ① ⑴}), a number or Hangul letter
 * with a bracket or a full stop ({@code 1) (1) 1. 가. 가)}). Dashes of every width open items as the hyphen does
 * (Hangul documents bullet with the minus sign {@code −}, U+2212, and the bar {@code ―}). A dash before a digit is a minus sign and a
 * full stop between digits is a decimal point, not markers; a middle dot with no space after it joins the
 * words of a list ({@code 편성·집행}) and opens no item.
 */
final class ItemMarker {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[□■◇◆▶►▷●○◦•▪※*❍❑❒⬧⧫❖⬥◉◎◈➢➔➲⇨✓✔◻◼▫☐☑]|[ㅇo·・](?=\\s)|[-–—―−－‐](?!\\d)|[\u2460-\u2473\u2474-\u2487\u2776-\u277F]"
            + "|\\(?\\d{1,2}\\)|\\d{1,2}\\.(?!\\d)|[가나다라마바사아자차카타파하][.)](?![\\d.])"
            + "|\\([가나다라마바사아자차카타파하]\\))\\s*");

    /** {@return the marker with the white space after it, when the text opens an item} */
    Optional<String> marker(String text) {
        Matcher m = MARKER.matcher(text);
        return m.find() && m.end() < text.length() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * {@return whether a marker may also be the wrapped end of a sentence or a number} {@code 다.} and
     * {@code 2.} open items, but a line wrapped before {@code 다. 지난해} opens with the same characters.
     */
    static boolean ambiguous(String marker) {
        char c = marker.charAt(0);
        return Character.isDigit(c) || WrapJoiner.isHangul(c) && marker.strip().length() > 1;
    }

    /**
     * {@return where an item's own text starts on its first line, in points} Glyph positions inside a
     * fragment are not kept, so the marker's width is estimated from its characters: a wide marker (a
     * symbol, a Hangul letter) is about an em, a digit or bracket half of one, a space a third.
     */
    static float textStart(Line line, String marker) {
        float em = line.fontSize();
        float width = 0;
        for (char c : marker.toCharArray()) {
            width += Character.isWhitespace(c) ? 0.33f * em : c < 0x2000 ? 0.55f * em : em;
        }
        return line.x() + width;
    }
}
