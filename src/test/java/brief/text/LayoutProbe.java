package brief.text;

import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import java.nio.file.Path;

/** Prints the clean text of a PDF: {@code LayoutProbe file.pdf}. A development aid, not a test. */
public final class LayoutProbe {
    public static void main(String[] args) {
        CleanText t = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(Path.of(args[0])));
        System.out.print(t.text());
        System.err.println(t.pages());
    }
}
