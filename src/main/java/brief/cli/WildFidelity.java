package brief.cli;

import brief.BadInputException;
import brief.eval.PassageAligner;
import brief.eval.ReferencePassage;
import brief.eval.WordScore;
import brief.pdf.PlainPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores tools on PDFs that have hand-typed reference passages ({@code <pdf-name>.ref.txt}): each
 * passage against its page of a tool's text ({@link PassageAligner}), micro-averaged over the PDF's
 * passages, with the wall-clock time each tool took on the PDF.
 */
final class WildFidelity {

    /**
     * One tool on one PDF: its score, or why there is none ({@code missing}, {@code failed: reason}),
     * and its wall-clock seconds (0 when it did not run).
     */
    record Cell(String tool, Optional<WordScore> score, String note, double seconds) { }

    /** One PDF: its page count, its passage count and a cell per tool, in the order the tools were given. */
    record Row(Path pdf, int pages, int passages, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    private final PassageAligner aligner = new PassageAligner();
    private final PlainPages counter = new PlainPages();

    /** {@return the reference file of {@code pdf} in {@code references}, when there is one} */
    static Optional<Path> referenceOf(Path pdf, Path references) {
        Path ref = references.resolve(pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + ".ref.txt");
        return Files.isRegularFile(ref) ? Optional.of(ref) : Optional.empty();
    }

    /**
     * {@return the reference files of {@code references} that name no PDF of {@code pdfs}, sorted} A
     * reference {@code <name>.ref.txt} names the PDF {@code <name>.pdf}; none when the folder is absent.
     */
    static List<Path> referencesWithoutPdf(Path references, List<Path> pdfs) {
        if (!Files.isDirectory(references)) {
            return List.of();
        }
        Set<String> names = pdfs.stream().map(p -> p.getFileName().toString().replaceFirst("(?i)\\.pdf$", ""))
                .collect(Collectors.toSet());
        try (Stream<Path> s = Files.list(references)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ref.txt"))
                    .filter(p -> !names.contains(p.getFileName().toString().replaceFirst("\\.ref\\.txt$", "")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + references, e);
        }
    }

    /**
     * {@return a row per PDF} Every PDF must have a reference in {@code references}. A tool that is
     * missing is not run; one that fails on a PDF gets a cell saying why, and the others go on.
     */
    List<Row> measure(List<Path> pdfs, Path references, List<PageTextTool> tools) {
        List<Optional<String>> missing = tools.stream().map(PageTextTool::missing).toList();
        List<Row> rows = new ArrayList<>();
        for (Path pdf : pdfs) {
            Path ref = referenceOf(pdf, references).orElseThrow(() -> new BadInputException(pdf,
                    "no reference " + pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + ".ref.txt in " + references));
            List<ReferencePassage> passages = ReferencePassage.read(ref);
            int pages = counter.count(pdf);
            for (ReferencePassage p : passages) {
                if (p.page() > pages) {
                    throw new BadInputException(ref, "a passage of page " + p.page() + ", but " + pdf + " has " + pages + " pages");
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < tools.size(); i++) {
                PageTextTool tool = tools.get(i);
                cells.add(missing.get(i).isPresent() ? new Cell(tool.name(), Optional.empty(), "missing", 0)
                        : run(tool, pdf, passages));
            }
            rows.add(new Row(pdf, pages, passages.size(), cells));
        }
        return List.copyOf(rows);
    }

    private Cell run(PageTextTool tool, Path pdf, List<ReferencePassage> passages) {
        long start = System.nanoTime();
        List<String> pages;
        try {
            pages = tool.pages(pdf);
        } catch (RuntimeException e) {
            // one tool's failure on one PDF is a result to report, not a reason to stop the bench
            return new Cell(tool.name(), Optional.empty(), "failed: " + e.getMessage(), seconds(start));
        }
        double seconds = seconds(start);
        WordScore sum = WordScore.ZERO;
        for (ReferencePassage p : passages) {
            String page = p.page() <= pages.size() ? pages.get(p.page() - 1) : "";
            sum = sum.plus(aligner.score(p.text(), page));
        }
        return new Cell(tool.name(), Optional.of(sum), "", seconds);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
