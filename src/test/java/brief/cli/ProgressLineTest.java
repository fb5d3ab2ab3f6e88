package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error line of a failed file stays on screen above the progress bar that ingest draws for a batch. */
class ProgressLineTest {

    @TempDir
    Path tmp;

    /** {@return what a terminal shows for {@code written}: each line as the last carriage return left it} */
    static List<String> screen(String written) {
        List<String> lines = new ArrayList<>();
        for (String line : written.split("\n", -1)) {
            StringBuilder shown = new StringBuilder();
            for (String part : line.split("\r", -1)) {
                shown.replace(0, Math.min(part.length(), shown.length()), part);
            }
            if (!shown.toString().isBlank()) {
                lines.add(shown.toString().strip());
            }
        }
        return lines;
    }

    @Test
    void aFailedFileStaysVisibleAboveTheBar() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] good = Files.readAllBytes(Path.of("corpus/fki-global-brief-16.pdf"));
        for (String name : List.of("a.pdf", "b.pdf", "c.pdf")) {
            Files.write(in.resolve(name), good);
        }
        Files.writeString(in.resolve("broken.pdf"), "not a pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IngestCommand.run(brief.Ingester.pdfs(List.of(in)), tmp.resolve("index"), tmp.resolve("out"),
                Optional.empty(), false, brief.pdf.PdfReader.Options.DEFAULT, new PrintWriter(out, true),
                new PrintWriter(err, true), true);
        assertEquals(1, code);
        List<String> shown = screen(err.toString());
        assertTrue(err.toString().contains("ingest"), "the bar is drawn on the same stream as the errors: " + err);
        assertTrue(shown.stream().anyMatch(l -> l.equals("brief: " + in.resolve("broken.pdf") + ": not a readable PDF"
                + l.substring(l.indexOf("PDF") + 3))), "error line painted over: " + shown);
        assertTrue(shown.getLast().startsWith("ingest 100%"), "the bar ends complete on the last line: " + shown);
        assertTrue(out.toString().contains("3 ingested, 0 unchanged, 1 failed"), out.toString());
    }
}
