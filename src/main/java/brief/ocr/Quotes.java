package brief.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Typographic quotes told from the page's ink. Tesseract's Korean model reads {@code ‘반도체 르네상스’} as
 * {@code '반도체 르네상스'}, or the closing mark as {@code :}. A curly quote mark is heavier at one end: the
 * opening one of a serif face holds its head low, the closing one high (a sans face may draw them the
 * other way round); a straight quote is a wedge, heavier at the top, and serves as both. So the marks
 * high on a line (one blob, or two side by side or touching, wholly above the letters' middle) fall into two
 * shapes, heavy below and heavy above, and the page's own usage says which shape opens: a mark that
 * starts a word counts for its shape opening, one that ends a word (or stands before a particle) for its
 * shape closing; a mark before a digit (the apostrophe of {@code ’16}) does not count. Where at least
 * {@link #MIN_VOTES} marks count and {@link #AGREE} of them agree, each mark of the page is read as the
 * opening or closing quote its shape stands for; else (straight quotes, which open and close alike) the
 * marks stay as read.
 */
final class Quotes {

    /** One half of a mark holds at least this many times the ink of the other, for it to count as heavy there. */
    static final float HEAVY = 1.3f;
    /** A blob at least this many times as wide as high is a double mark whose strokes touch. */
    static final float WIDE = 0.8f;
    /** Marks whose place on the page says what their shape does, at least. */
    static final int MIN_VOTES = 2;
    /** The share of them that must agree. */
    static final float AGREE = 0.8f;

    private static final String READ_AS = "'\"‘’“”`´:";
    private static final String OPENERS = "([「『<〈《";

    private Quotes() {
    }

    /** A quote mark found: where it is, its strokes (1 or 2) and whether it is heavy below. */
    private record Mark(int word, int symbol, int strokes, boolean low) { }

    /** {@return the page's words, in reading order, with their quote marks read from {@code grey}} */
    static List<OcrWord> read(List<OcrWord> words, BufferedImage grey) {
        Ink ink = new Ink(grey);
        List<Mark> marks = new ArrayList<>();
        int lowOpens = 0, highOpens = 0; // votes: "heavy below opens" and "heavy above opens"
        for (int i = 0; i < words.size(); i++) {
            List<OcrSymbol> symbols = words.get(i).symbols();
            List<OcrSymbol> letters = symbols.stream().filter(Quotes::letter).toList();
            if (letters.isEmpty() || symbols.stream().noneMatch(s -> READ_AS.contains(s.text()))) {
                continue;
            }
            float height = OcrGlyphs.median(letters.stream().map(s -> (float) (s.bottom() - s.top())).toList());
            float middle = OcrGlyphs.median(letters.stream().map(s -> (s.top() + s.bottom()) / 2f).toList());
            for (int k = 0; k < symbols.size(); k++) {
                OcrSymbol s = symbols.get(k);
                if (!READ_AS.contains(s.text())) {
                    continue;
                }
                List<int[]> blobs = ink.blobs(s.left(), s.top(), s.right(), s.bottom(), (int) Math.ceil(height / 2)).stream()
                        .filter(b -> b[3] - b[1] < height / 2).toList();
                if (blobs.isEmpty() || blobs.size() > 2 || blobs.stream().anyMatch(b -> b[3] > middle)) {
                    continue; // not a mark high on the line (a middle dot reaches the middle, a colon the baseline)
                }
                boolean low = blobs.stream().allMatch(b -> heavy(ink.halves(b), 1));
                boolean high = blobs.stream().allMatch(b -> heavy(ink.halves(b), 0));
                if (low == high) {
                    continue;
                }
                // a double mark's strokes may touch (one blob about as wide as high), or its box hold only one:
                // then Tesseract's reading says
                int[] b = blobs.get(0);
                boolean twice = blobs.size() == 2 || b[2] - b[0] >= WIDE * (b[3] - b[1]) || "\"“”".contains(s.text());
                marks.add(new Mark(i, k, twice ? 2 : 1, low));
                boolean before = k + 1 < symbols.size() && Character.isDigit(symbols.get(k + 1).text().codePointAt(0));
                boolean starts = (k == 0 || OPENERS.contains(symbols.get(k - 1).text())) && k + 1 < symbols.size() && !before;
                boolean ends = k > 0 && (letter(symbols.get(k - 1)) || symbols.get(k - 1).text().equals(")")) && !before;
                if (starts != ends) {
                    if (starts == low) {
                        lowOpens++;
                    } else {
                        highOpens++;
                    }
                }
            }
        }
        int votes = lowOpens + highOpens;
        if (votes < MIN_VOTES || Math.max(lowOpens, highOpens) < AGREE * votes) {
            return words;
        }
        boolean lowOpen = lowOpens > highOpens;
        List<OcrWord> out = new ArrayList<>(words);
        for (Mark m : marks) {
            OcrWord w = out.get(m.word());
            List<OcrSymbol> symbols = new ArrayList<>(w.symbols());
            OcrSymbol s = symbols.get(m.symbol());
            boolean opens = m.low() == lowOpen;
            String text = m.strokes() == 1 ? (opens ? "‘" : "’") : (opens ? "“" : "”");
            symbols.set(m.symbol(), new OcrSymbol(text, s.left(), s.top(), s.right(), s.bottom(), s.confidence()));
            out.set(m.word(), new OcrWord(LatinMerge.text(symbols), w.left(), w.top(), w.right(), w.bottom(), w.lineTop(),
                    w.lineBottom(), w.confidence(), w.spaceBefore(), symbols));
        }
        return out;
    }

    private static boolean letter(OcrSymbol s) {
        return !s.text().isEmpty() && s.text().codePoints().allMatch(Character::isLetterOrDigit);
    }

    private static boolean heavy(int[] halves, int half) {
        return halves[half] > 0 && halves[half] >= HEAVY * halves[1 - half];
    }
}
