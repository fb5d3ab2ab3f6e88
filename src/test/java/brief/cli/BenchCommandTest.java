package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench runs on a tiny corpus it makes itself and prints its table: not a timing (figures come from
 * running {@code ./brief bench}), only that every row is there with a rate and that brief read the
 * pages it was given (ten 1-page PDFs and one of 10 pages). The cold runs and the server, which need
 * the launcher and a built jar, are left out here.
 */
class BenchCommandTest {

    static final Path FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    @TempDir
    Path dir;

    @Test
    void makesItsCorpusAndPrintsEveryRow() {
        Assumptions.assumeTrue(Files.isRegularFile(FONT), "no " + FONT + " (Debian fonts-nanum) to typeset the bench corpus");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("bench", "--pages",
                "10", "--runs", "1", "--corpus", dir.toString(), "--skip", "cold,serve");
        String table = out.toString();
        assertEquals(0, code, err + table);
        for (String row : new String[] {"10 x 1 pages, brief ingest", "1 x 10 pages, brief ingest",
                "10 x 1 pages, pdftotext", "1 x 10 pages, PDFBox plain"}) {
            Matcher m = Pattern.compile(Pattern.quote(row) + "\\s+([\\d.]+)").matcher(table);
            assertTrue(m.find(), row + " missing in\n" + table);
            assertTrue(Double.parseDouble(m.group(1)) > 0, row + ": no rate in\n" + table);
        }
        for (String stage : new String[] {"reading", "layout", "analysis", "extraction", "indexing"}) {
            assertTrue(Pattern.compile("\\n  " + stage + "\\s+[\\d.]+\\s+[\\d.]+").matcher(table).find(), stage + "\n" + table);
        }
        assertTrue(!table.contains("FAILED"), table);
        assertTrue(Files.isRegularFile(dir.resolve("large-10.pdf")), "the corpus is kept for the next run");
        assertEquals(10, brief.pdf.PdfReader.pageCount(dir.resolve("large-10.pdf"), brief.pdf.PdfReader.Options.DEFAULT));
    }
}
