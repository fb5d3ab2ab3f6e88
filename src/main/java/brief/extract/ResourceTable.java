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

    private ResourceTable() {
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
