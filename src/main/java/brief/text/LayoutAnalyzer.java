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
        List<Columns.Region> regions = new ArrayList<>();
        List<Integer> pageNumbers = new ArrayList<>();
        for (RawPage page : doc.pages()) {
            pageNumbers.add(page.number());
            List<Line> lines = body.stream().filter(l -> l.page() == page.number()).toList();
            regions.addAll(columns.regions(lines, extent[0], extent[1]));
        }
        float lineGap = lineGap(regions, bodySize);
        List<TextAssembler.Segment> segments = new ArrayList<>();
        for (Columns.Region region : regions) {
            segments.add(new TextAssembler.Segment(region.lines().isEmpty() ? 1 : region.lines().get(0).page(),
                    blockBuilder.blocks(region.lines(), region.left(), region.right(), bodySize, lineGap),
                    region.right()));
        }
        CleanText text = new TextAssembler(joiner).assemble(pageNumbers, segments);
        return new CleanText(text.text(), text.pages(), split.furniture());
    }

    /**
     * {@return the median gap between consecutive body-size lines of a column} Line spacing runs from
     * 120% to 180% across producers, so paragraph breaks are judged against it, not against the font.
     */
    static float lineGap(List<Columns.Region> regions, float bodySize) {
        List<Float> gaps = new ArrayList<>();
        for (Columns.Region region : regions) {
            List<Line> lines = new ArrayList<>(region.lines());
            lines.sort(java.util.Comparator.comparingDouble(Line::top));
            for (int i = 1; i < lines.size(); i++) {
                Line a = lines.get(i - 1);
                Line b = lines.get(i);
                float gap = b.top() - a.bottom();
                if (Math.abs(a.fontSize() - bodySize) < 0.5f && Math.abs(b.fontSize() - bodySize) < 0.5f
                        && gap > -0.2f * bodySize && gap < 2f * bodySize) {
                    gaps.add(gap);
                }
            }
        }
        if (gaps.isEmpty()) {
            return 0.5f * bodySize;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
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
