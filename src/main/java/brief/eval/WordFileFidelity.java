package brief.eval;

import brief.BadInputException;
import brief.FileKind;
import brief.hwp.HwpReader;
import brief.hwp.HwpxReader;
import brief.hwp.WordDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Word-level fidelity of the HWP and HWPX readers: each hand-typed reference {@code <name>.ref.txt} in
 * the reference folder is scored against the clean text of {@code <name>.hwp} or {@code <name>.hwpx} in
 * the document folder, beside the reading library's own plain-text extractor (hwplib's or hwpxlib's).
 */
public final class WordFileFidelity {

    /** One file's two scores. */
    public record Row(Path file, WordScore ours, WordScore library) { }

    private final HwpReader hwp = new HwpReader();
    private final HwpxReader hwpx = new HwpxReader();

    /** {@return a row for every reference in {@code references} whose document is in {@code documents}} */
    public List<Row> measure(Path documents, Path references) {
        List<Row> rows = new ArrayList<>();
        for (Path ref : references(references)) {
            String name = ref.getFileName().toString().replaceFirst("\\.ref\\.txt$", "");
            Path file = document(documents, name);
            String reference = read(ref);
            String ours;
            String library;
            if (FileKind.of(file) == FileKind.HWP) {
                ours = text(hwp.read(file));
                library = hwp.plainText(file);
            } else {
                ours = text(hwpx.read(file));
                library = hwpx.plainText(file);
            }
            rows.add(new Row(file, WordScore.of(ours, reference), WordScore.of(library, reference)));
        }
        return rows;
    }

    /** {@return the rows as a table, one line each, with a header and the micro-averaged total} */
    public static List<String> table(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-40s %-20s %-20s", "HWP/HWPX", "brief P/R/F1", "library P/R/F1"));
        int e1 = 0, r1 = 0, a1 = 0, e2 = 0, r2 = 0, a2 = 0;
        for (Row r : rows) {
            lines.add(String.format(Locale.ROOT, "%-40s %-20s %-20s", r.file().getFileName(), cell(r.ours()),
                    cell(r.library())));
            e1 += r.ours().extracted();
            r1 += r.ours().reference();
            a1 += r.ours().aligned();
            e2 += r.library().extracted();
            r2 += r.library().reference();
            a2 += r.library().aligned();
        }
        lines.add(String.format(Locale.ROOT, "%-40s %-20s %-20s", "all (" + rows.size() + " files, by words)",
                cell(new WordScore(e1, r1, a1)), cell(new WordScore(e2, r2, a2))));
        return lines;
    }

    private static String cell(WordScore s) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", s.precision(), s.recall(), s.f1());
    }

    private static String text(WordDocument doc) {
        return doc.text().text();
    }

    private static List<Path> references(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ref.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list references (" + e.getMessage() + ")", e);
        }
    }

    private static Path document(Path folder, String name) {
        for (String ext : List.of(".hwp", ".hwpx")) {
            Path p = folder.resolve(name + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new BadInputException(folder.resolve(name + ".hwp"), "the reference " + name
                + ".ref.txt has no .hwp or .hwpx of that name in " + folder);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(p, "cannot read (" + e.getMessage() + ")", e);
        }
    }
}
