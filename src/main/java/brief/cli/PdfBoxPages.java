package brief.cli;

import brief.pdf.PlainPages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Plain PDFBox: its {@code PDFTextStripper} with the defaults, page by page. */
final class PdfBoxPages implements PageTextTool {

    private final PlainPages plain = new PlainPages();

    @Override
    public String name() {
        return "PDFBox plain";
    }

    @Override
    public Optional<String> missing() {
        return Optional.empty();
    }

    @Override
    public List<String> pages(Path pdf) {
        return plain.pages(pdf);
    }
}
