package brief.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the glyphs of a symbol font as what they show. Word and Hancom PDF embed Wingdings with a
 * Unicode map that gives each glyph its font code as a Latin letter, so a list bulleted with ❍ reads
 * {@code m 사업명}, an item marker no reader, indexer or list rule recognises. A glyph of Wingdings whose
 * text is its code (a byte, or the same byte in the U+F0xx private-use forms) becomes the character of
 * the table {@code wingdings.tsv}; a code the table lacks, and every other font, keep their text.
 */
final class SymbolFonts {

    /** Wingdings itself, subset-tagged or styled; Wingdings 2 and 3 set other symbols at the same codes. */
    private static final Pattern WINGDINGS = Pattern.compile("(?i)(?:[A-Z]{6}\\+)?Wingdings(?:[-,](?:Regular|Bold))?");
    private static final Map<Integer, String> TABLE = load("wingdings.tsv");

    private SymbolFonts() {
    }

    /** {@return the text of a glyph of the font named {@code font} that PDFBox decoded as {@code text}} */
    static String text(String font, String text) {
        if (text.length() != 1 || font == null || !WINGDINGS.matcher(font).matches()) {
            return text;
        }
        int code = text.charAt(0);
        if (code >= 0xF000 && code <= 0xF0FF) {
            code -= 0xF000;
        }
        return TABLE.getOrDefault(code, text);
    }

    private static Map<Integer, String> load(String name) {
        InputStream in = SymbolFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource brief/pdf/" + name + " is missing from the build");
        }
        Map<Integer, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException("brief/pdf/" + name + " line " + number + ": needs a code and a character");
                }
                out.put(Integer.parseInt(cols[0], 16), Character.toString(Integer.parseInt(cols[1], 16)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("brief/pdf/" + name, e);
        }
        return Map.copyOf(out);
    }
}
