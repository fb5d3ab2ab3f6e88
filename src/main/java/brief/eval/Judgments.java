package brief.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A judged query set ({@code src/test/resources/search/queries.tsv}): each query with the phrases
 * whose passages answer it. A passage is relevant when its text holds one of the phrases, white space
 * ignored, so the judgments do not depend on how passages are cut or how a PDF was typeset.
 */
public final class Judgments {

    /**
     * One judged query.
     *
     * @param pages    the pages the answer is on (for the reader of the file; not used in scoring)
     * @param evidence phrases of the text that mark a relevant passage
     */
    public record Query(String text, String kind, List<Integer> pages, List<String> evidence) {
        public Query {
            pages = List.copyOf(pages);
            evidence = List.copyOf(evidence);
            if (evidence.isEmpty()) {
                throw new IllegalArgumentException("query '" + text + "' has no evidence");
            }
        }

        /** {@return whether {@code passageText} answers this query} */
        public boolean relevant(String passageText) {
            String squeezed = squeeze(passageText);
            return evidence.stream().anyMatch(e -> squeezed.contains(squeeze(e)));
        }
    }

    private Judgments() {
    }

    /** {@return the queries of {@code file}: header line and {@code #} lines skipped} */
    public static List<Query> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        List<Query> out = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 4 tab-separated columns, found "
                        + cells.length);
            }
            out.add(new Query(cells[0].strip(), cells[1].strip(),
                    Arrays.stream(cells[2].split(",")).map(String::strip).map(Integer::valueOf).toList(),
                    Arrays.stream(cells[3].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        }
        return out;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
