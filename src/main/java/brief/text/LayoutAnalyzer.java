package brief.text;

import brief.pdf.RawDocument;
import brief.pdf.RawPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Positioned glyphs to clean text: lines per page, furniture out, columns apart, blocks (paragraphs
 * and tables) in reading order, wraps joined, characters normalised. Paragraphs are separated by a blank line, table
 * rows by a line break and cells by a tab; a paragraph that runs on over a page break is joined.
 */
public final class LayoutAnalyzer {

    /** Stands in a page's lines for a ruled table, so that columns and reading order place it like text. */
    static final String TABLE_MARK = "\uFFFC";

    private final RuledTables ruledTables = new RuledTables();
    private final LineBuilder lineBuilder = new LineBuilder();
    private final Furniture furniture = new Furniture();
    private final RunningBlocks runningBlocks = new RunningBlocks();
    private final AxisTicks axisTicks = new AxisTicks();
    private final WhitespaceCut whitespaceCut = new WhitespaceCut();
    private final Frames frames = new Frames();
    private final Columns columns = new Columns();
    private final BlockBuilder blockBuilder = new BlockBuilder();
    private final WrapJoiner joiner;

    public LayoutAnalyzer(WrapJudge judge) {
        this.joiner = new WrapJoiner(judge);
    }

    public CleanText clean(RawDocument doc) {
        List<Line> all = new ArrayList<>();
        // indexed by page number, which need not run 1..n in a damaged file (found by fuzzing)
        float[] heights = new float[doc.pages().stream().mapToInt(RawPage::number).max().orElse(0) + 1];
        Map<Line, Block.Table> ruled = new HashMap<>();
        for (RawPage page : doc.pages()) {
            heights[page.number()] = page.height();
            RuledTables.Split tables = ruledTables.split(page);
            all.addAll(lineBuilder.lines(tables.rest()));
            for (RuledTables.Found t : tables.tables()) {
                ruled.put(new Line(page.number(), List.of(new Fragment(TABLE_MARK, t.left(), t.right(), t.top(),
                        t.bottom(), t.fontSize()))), t.table());
            }
        }
        Furniture.Split split = furniture.split(all, heights);
        List<String> removed = new ArrayList<>(split.furniture());
        List<Line> candidates = new ArrayList<>(split.body());
        candidates.addAll(ruled.keySet());
        java.util.Set<Line> running = runningBlocks.find(candidates, doc.pages().size(),
                l -> ruled.containsKey(l) ? cellText(ruled.get(l)) : l.text());
        for (Line l : running) {
            removed.add(ruled.containsKey(l) ? cellText(ruled.remove(l)) : l.text());
        }
        java.util.Set<Fragment> ticks = axisTicks.find(split.body());
        ticks.forEach(f -> removed.add(f.text()));
        List<Line> body = new ArrayList<>();
        for (Line l : split.body()) {
            List<Fragment> kept = l.fragments().stream().filter(f -> !ticks.contains(f)).toList();
            if (!running.contains(l) && !kept.isEmpty()) {
                body.add(kept.size() == l.fragments().size() ? l : new Line(l.page(), kept));
            }
        }
        float[] extent = Furniture.bodyExtent(body);
        float bodySize = bodyFontSize(body);
        List<Columns.Region> regions = new ArrayList<>();
        List<Integer> pageNumbers = new ArrayList<>();
        // each page's lines, in the order of the lists they come from: a filter of the whole document per
        // page made a long document cost its pages times its lines
        Map<Integer, List<Line>> bodyByPage = body.stream().collect(Collectors.groupingBy(Line::page));
        Map<Integer, List<Line>> ruledByPage = ruled.keySet().stream().collect(Collectors.groupingBy(Line::page));
        for (RawPage page : doc.pages()) {
            pageNumbers.add(page.number());
            List<Line> lines = new ArrayList<>(bodyByPage.getOrDefault(page.number(), List.of()));
            lines.addAll(ruledByPage.getOrDefault(page.number(), List.of()));
            List<Columns.Region> blocks = whitespaceCut.regions(lines, extent[0], extent[1], frames.find(page.rules()));
            for (Columns.Region block : blocks) {
                // one block is the page as it was; side-by-side blocks are each read in their own bounds
                regions.addAll(blocks.size() == 1 ? columns.regions(block.lines(), extent[0], extent[1])
                        : columns.regions(block.lines(), block.left(), block.right()));
            }
        }
        float lineGap = lineGap(regions, bodySize, ruled.keySet());
        List<TextAssembler.Segment> segments = new ArrayList<>();
        for (Columns.Region region : regions) {
            segments.add(new TextAssembler.Segment(region.lines().isEmpty() ? 1 : region.lines().get(0).page(),
                    blocks(region, bodySize, lineGap, ruled), region.right()));
        }
        List<String> inLine = new ArrayList<>(body.stream().map(Line::text).toList());
        ruled.values().forEach(t -> t.rows().forEach(r -> r.forEach(c -> c.forEach(f -> inLine.add(f.text())))));
        CleanText text = new TextAssembler(joiner.withDocument(String.join("\n", inLine))).assemble(pageNumbers, segments);
        return new CleanText(text.text(), text.pages(), removed);
    }

    private static String cellText(Block.Table table) {
        StringBuilder sb = new StringBuilder();
        table.rows().forEach(r -> r.forEach(c -> c.forEach(f -> sb.append(f.text()).append(' '))));
        return sb.toString().strip();
    }

    /** {@return the region's blocks, its ruled tables in their place between the runs of lines around them} */
    private List<Block> blocks(Columns.Region region, float bodySize, float lineGap, Map<Line, Block.Table> ruled) {
        List<Line> lines = new ArrayList<>(region.lines());
        lines.sort(java.util.Comparator.comparingDouble(Line::top).thenComparingDouble(Line::x));
        List<Block> out = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        for (Line l : lines) {
            Block.Table table = ruled.get(l);
            if (table == null) {
                run.add(l);
                continue;
            }
            if (!run.isEmpty()) {
                out.addAll(blockBuilder.blocks(run, region.left(), region.right(), bodySize, lineGap));
                run.clear();
            }
            out.add(table);
        }
        if (!run.isEmpty()) {
            out.addAll(blockBuilder.blocks(run, region.left(), region.right(), bodySize, lineGap));
        }
        return out;
    }

    /**
     * {@return the median gap between consecutive body-size lines of a column} Line spacing runs from
     * 120% to 180% across producers, so paragraph breaks are judged against it, not against the font.
     */
    static float lineGap(List<Columns.Region> regions, float bodySize, java.util.Set<Line> tables) {
        List<Float> gaps = new ArrayList<>();
        for (Columns.Region region : regions) {
            List<Line> lines = new ArrayList<>(region.lines());
            lines.removeAll(tables);
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
