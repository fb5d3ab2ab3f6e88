package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.facts.FactFiles;
import brief.index.BriefIndex;
import brief.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch ingested by several workers gives what one worker gives: the same outcomes in the same
 * order, the same fact files and clean texts byte for byte, the same passages in the index. The batch
 * holds the corpus PDFs twice under other names (work for both workers at once), a file that is not a
 * PDF between them, and one corpus PDF a second time under its own file name in another folder, which
 * gets an id of its own (its folder's name added, {@link brief.DocumentIds}) in either run.
 */
class ParallelIngestTest {

    @TempDir
    Path dir;

    @Test
    void twoWorkersWriteWhatOneWrites() throws IOException {
        List<Path> files = batch();
        Run serial = ingest(files, 1, dir.resolve("serial"));
        Run parallel = ingest(files, 2, dir.resolve("parallel"));
        assertEquals(serial.outcomes(), parallel.outcomes());
        assertEquals(serial.files(), parallel.files());
        assertEquals(serial.passages(), parallel.passages());
        assertTrue(serial.files().size() >= 16, "fact files and texts written: " + serial.files().keySet());
        assertInstanceOf(Ingester.Outcome.Failed.class, serial.outcomes().get(4));
        var again = assertInstanceOf(Ingester.Outcome.Ingested.class, serial.outcomes().get(serial.outcomes().size() - 1));
        var first = assertInstanceOf(Ingester.Outcome.Ingested.class, serial.outcomes().get(0));
        assertTrue(!again.id().equals(first.id()) && again.id().startsWith(first.id()), again.id() + " beside " + first.id());
    }

    private List<Path> batch() throws IOException {
        List<Path> corpus = Ingester.pdfs(List.of(Path.of("corpus")));
        Path copies = Files.createDirectories(dir.resolve("copies"));
        List<Path> files = new ArrayList<>(corpus);
        Path junk = copies.resolve("junk.pdf");
        Files.writeString(junk, "not a PDF");
        files.add(junk);
        for (Path p : corpus) {
            Path copy = copies.resolve("copy-" + p.getFileName());
            Files.copy(p, copy);
            files.add(copy);
        }
        Path same = Files.createDirectories(dir.resolve("again")).resolve(corpus.get(0).getFileName());
        Files.copy(corpus.get(0), same);
        files.add(same);
        return files;
    }

    private record Run(List<Ingester.Outcome> outcomes, Map<String, String> files, List<brief.index.Passage> passages) {
    }

    private static Run ingest(List<Path> files, int jobs, Path where) throws IOException {
        BriefIndex index = new BriefIndex(where.resolve("index"));
        Path extracted = where.resolve("extracted");
        List<Ingester.Outcome> outcomes = new Ingester(new Pipeline(), index, new FactFiles(extracted), Optional.empty(),
                false, PdfReader.Options.DEFAULT, jobs).ingest(files, o -> { });
        Map<String, String> written = new TreeMap<>();
        try (Stream<Path> s = Files.list(extracted)) {
            for (Path p : s.toList()) {
                written.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return new Run(outcomes, written, index.passages());
    }
}
