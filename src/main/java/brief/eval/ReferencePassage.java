package brief.eval;

import brief.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One passage of a hand-typed reference: the words a reader sees in a region of page {@code page}
 * (1-based page of the PDF), with a label saying what kind of region it is (body, list, table...).
 *
 * <p>A reference file ({@code corpus/wild/<pdf-name>.ref.txt}) is comment lines starting with
 * {@code # }, then passages, each opened by a header line {@code ## page N — label} and running to
 * the next header.
 */
public record ReferencePassage(int page, String label, String text) {

    private static final Pattern HEADER = Pattern.compile("##\\s*page\\s+(\\d+)\\s*(?:[—–-]+\\s*(.*))?");

    public ReferencePassage {
        if (page < 1) {
            throw new IllegalArgumentException("pages start at 1, got " + page);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("passage of page " + page + " (" + label + ") is empty");
        }
    }

    /** {@return the passages of a reference file, in file order} */
    public static List<ReferencePassage> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the reference (" + e.getMessage() + ")", e);
        }
        return parse(file.toString(), lines);
    }

    static List<ReferencePassage> parse(String name, List<String> lines) {
        List<ReferencePassage> passages = new ArrayList<>();
        int page = 0;
        String label = "";
        int headerLine = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = Normalizer.normalize(lines.get(i), Normalizer.Form.NFC);
            if (line.startsWith("##")) {
                Matcher m = HEADER.matcher(line.strip());
                if (!m.matches()) {
                    throw new BadInputException(name, "line " + (i + 1) + ": a header reads '## page N — label', not '"
                            + line + "'");
                }
                add(passages, name, headerLine, page, label, text);
                page = Integer.parseInt(m.group(1));
                if (page < 1) {
                    throw new BadInputException(name, "line " + (i + 1) + ": pages start at 1, not " + page);
                }
                label = m.group(2) == null ? "" : m.group(2).strip();
                headerLine = i + 1;
                text.setLength(0);
            } else if (page == 0) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    throw new BadInputException(name, "line " + (i + 1) + ": text before the first '## page N' header");
                }
            } else {
                text.append(line).append('\n');
            }
        }
        add(passages, name, headerLine, page, label, text);
        if (passages.isEmpty()) {
            throw new BadInputException(name, "no '## page N — label' passage in it");
        }
        return List.copyOf(passages);
    }

    private static void add(List<ReferencePassage> passages, String name, int headerLine, int page, String label,
            StringBuilder text) {
        if (page == 0) {
            return;
        }
        if (text.toString().isBlank()) {
            throw new BadInputException(name, "line " + headerLine + ": passage of page " + page + " is empty");
        }
        passages.add(new ReferencePassage(page, label, text.toString().strip()));
    }
}
