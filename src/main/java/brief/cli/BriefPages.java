package brief.cli;

import brief.nlp.NoriWrapJudge;
import brief.ocr.OutlineOcr;
import brief.pdf.PdfReader;
import brief.pdf.PlainPages;
import brief.text.CleanText;
import brief.text.LayoutAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** brief's clean text (the layout stage of the pipeline, text drawn as outlines read by OCR), split at its page ranges. */
final class BriefPages implements PageTextTool {

    private final PdfReader reader = new PdfReader();
    private final LayoutAnalyzer layout = new LayoutAnalyzer(new NoriWrapJudge());
    private final PlainPages counter = new PlainPages();
    private final OutlineOcr outlines = new OutlineOcr();

    @Override
    public String name() {
        return "brief";
    }

    @Override
    public Optional<String> missing() {
        return Optional.empty();
    }

    @Override
    public List<String> pages(Path pdf) {
        // as the pipeline reads it: text drawn as outlines by OCR, when Tesseract is here
        CleanText clean = layout.clean(outlines.read(reader.read(pdf), pdf, Optional.empty(), List.of()).document());
        int count = counter.count(pdf);
        List<String> pages = new ArrayList<>(count);
        for (int p = 1; p <= count; p++) {
            pages.add(clean.pageText(p));
        }
        return List.copyOf(pages);
    }
}
