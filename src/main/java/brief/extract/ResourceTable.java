package brief.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated table on the class path (currencies, holidays): its rows, blank lines and
 * {@code #} comments skipped, each with its 1-based line number for the caller's error messages.
 */
final class ResourceTable {

    /** One row: its cells and the line it stands on. */
    record Row(int line, String text, String[] cells) {
    }

    /** A row of a word list: the word, what it is, and whether it also counts as the end of a longer word. */
    record ListedWord(String word, String kind, boolean suffix) {

        /** {@return whether {@code text} is the word, or ends with it where the word may close a longer one} */
        boolean matches(String text) {
            return text.equals(word) || suffix && text.endsWith(word);
        }
    }

    private ResourceTable() {
    }

    /**
     * {@return the rows of a word list} Each row: the word, its kind, {@code word} or {@code suffix} (may it
     * close a longer word), and why it is there; the header row starts with {@code word}. A row of
     * another shape is an error naming the resource and its line.
     */
    static List<ListedWord> wordList(String resource) {
        List<ListedWord> out = new ArrayList<>();
        for (Row r : rows(resource)) {
            if (r.cells()[0].equals("word")) {
                continue; // the header
            }
            if (r.cells().length < 4 || !(r.cells()[2].equals("word") || r.cells()[2].equals("suffix"))) {
                throw new IllegalStateException(resource + ":" + r.line()
                        + ": want word, kind, match (word or suffix) and why, tab-separated: " + r.text());
            }
            out.add(new ListedWord(r.cells()[0], r.cells()[1], r.cells()[2].equals("suffix")));
        }
        return List.copyOf(out);
    }

    /** {@return the rows of {@code resource}}; a missing or unreadable resource is an error naming it */
    static List<Row> rows(String resource) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": missing from the class path");
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(lineNo, line, line.split("\t")));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": not readable", e);
        }
    }
}
