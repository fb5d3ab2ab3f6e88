package brief.text;

import brief.pdf.RawDocument;
import brief.pdf.RawPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Positioned glyphs to clean text: lines per page, furniture out, columns apart, blocks (paragraphs
 * and tables) in reading order, wraps joined, characters normalised. Paragraphs are separated by a blank line, table
 * rows by a line break and cells by a tab; a paragraph that runs on over a page break is joined.
 */
public final class LayoutAnalyzer {

    private final LineBuilder lineBuilder = new LineBuilder();
    private final Furniture furniture = new Furniture();
    private final Columns columns = new Columns();
    private final BlockBuilder blockBuilder = new BlockBuilder();
    private final WrapJoiner joiner;

    public LayoutAnalyzer(WrapJudge judge) {
        this.joiner = new WrapJoiner(judge);
    }

    public CleanText clean(RawDocument doc) {
        List<Line> all = new ArrayList<>();
        float[] heights = new float[doc.pages().size() + 1];
        for (RawPage page : doc.pages()) {
            heights[page.number()] = page.height();
            all.addAll(lineBuilder.lines(page));
        }
        Furniture.Split split = furniture.split(all, heights);
        List<Line> body = split.body();
        float[] extent = Furniture.bodyExtent(body);
        float bodySize = bodyFontSize(body);
        List<TextAssembler.Segment> segments = new ArrayList<>();
        List<Integer> pageNumbers = new ArrayList<>();
        for (RawPage page : doc.pages()) {
            pageNumbers.add(page.number());
            List<Line> lines = body.stream().filter(l -> l.page() == page.number()).toList();
            for (Columns.Region region : columns.regions(lines, extent[0], extent[1])) {
                segments.add(new TextAssembler.Segment(page.number(),
                        blockBuilder.blocks(region.lines(), region.left(), region.right(), bodySize), region.right()));
            }
        }
        CleanText text = new TextAssembler(joiner).assemble(pageNumbers, segments);
        return new CleanText(text.text(), text.pages(), split.furniture());
    }

    /** {@return the font size that sets the most characters} */
    static float bodyFontSize(List<Line> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (Line l : lines) {
            for (Fragment f : l.fragments()) {
                chars.merge(Math.round(f.fontSize() * 2) / 2f, f.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }
}
