package brief.fuzz;

import brief.BadInputException;
import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import brief.pdf.RawDocument;
import brief.text.LayoutAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * PDF loading and layout under mutated bytes: the only acceptable failure is a {@link BadInputException}
 * naming the file; anything else (a runtime exception, an error) is a finding. Seeds are the corpus
 * PDFs (src/test/resources/brief/fuzz/PdfLoadingFuzzTestInputs/...).
 */
class PdfLoadingFuzzTest {

    private static final PdfReader READER = new PdfReader();
    private static final LayoutAnalyzer LAYOUT = new LayoutAnalyzer(new NoriWrapJudge());
    private static final PdfReader.Options QUICK = new PdfReader.Options(Optional.empty(), Duration.ofSeconds(5), 50);

    @FuzzTest(maxDuration = "60s")
    void readingAndLayoutEitherWorkOrSayWhy(byte[] bytes) throws Exception {
        Path file = Files.createTempFile("fuzz", ".pdf");
        try {
            Files.write(file, bytes);
            RawDocument doc = READER.read(file, QUICK);
            LAYOUT.clean(doc);
        } catch (BadInputException expected) {
            // a clear refusal is the right answer to a broken file
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
