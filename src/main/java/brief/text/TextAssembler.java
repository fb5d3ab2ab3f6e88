package brief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks in reading order to one clean text with the span of every page. Blank line between blocks,
 * line break between table rows, tab between cells. A paragraph that opens a column or a page and
 * continues the one before (which filled its last line to its column's right edge and did not end a
 * sentence) is joined to it; a page's span starts where its own text does.
 */
final class TextAssembler {

    /** The blocks of one column (or full-width run) of a page, and that column's right edge. */
    record Segment(int page, List<Block> blocks, float right) {
        Segment {
            blocks = List.copyOf(blocks);
        }
    }

    private static final ItemMarker ITEMS = new ItemMarker();
    private final WrapJoiner joiner;

    TextAssembler(WrapJoiner joiner) {
        this.joiner = joiner;
    }

    CleanText assemble(List<Integer> pageNumbers, List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        int[] pageStart = new int[pageNumbers.size()];
        java.util.Arrays.fill(pageStart, -1);
        Block.Paragraph last = null;
        float lastRight = 0;
        for (Segment seg : segments) {
            int p = pageNumbers.indexOf(seg.page());
            for (int b = 0; b < seg.blocks().size(); b++) {
                Block block = seg.blocks().get(b);
                String text = render(block);
                if (text.isEmpty()) {
                    continue;
                }
                if (b == 0 && last != null && block instanceof Block.Paragraph para && runsOn(last, para, lastRight)) {
                    out.append(joiner.separator(out.toString(), text));
                } else if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                if (p >= 0 && pageStart[p] < 0) {
                    pageStart[p] = out.length();
                }
                out.append(text);
                last = block instanceof Block.Paragraph para ? para : null;
                lastRight = seg.right();
            }
        }
        // A page without text starts where the next page with text does (or at the end): spans stay in
        // order however the text is spread (a damaged file with empty first pages, found by fuzzing).
        int[] start = new int[pageNumbers.size()];
        int next = out.length();
        for (int p = pageNumbers.size() - 1; p >= 0; p--) {
            start[p] = pageStart[p] >= 0 ? pageStart[p] : next;
            next = start[p];
        }
        List<PageRange> ranges = new ArrayList<>();
        for (int p = 0; p < pageNumbers.size(); p++) {
            int end = p + 1 < pageNumbers.size() ? start[p + 1] : out.length();
            ranges.add(new PageRange(pageNumbers.get(p), new Span(start[p], Math.max(start[p], trimEnd(out, end)))));
        }
        if (!out.isEmpty()) {
            out.append('\n');
        }
        return new CleanText(out.toString(), ranges);
    }

    /** {@return {@code end} moved back over the white space that separates a page from the next} */
    private static int trimEnd(CharSequence s, int end) {
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean runsOn(Block.Paragraph prev, Block.Paragraph next, float right) {
        Line end = prev.lines().get(prev.lines().size() - 1);
        Line start = next.lines().get(0);
        boolean filled = end.right() >= right - 2.5f * end.fontSize();
        boolean sameFont = Math.abs(end.fontSize() - start.fontSize()) < 0.1f * end.fontSize();
        boolean endsSentence = end.text().matches(".*[.?!:다]\\s*$");
        return filled && sameFont && !endsSentence && prev.lines().size() > 1;
    }

    String render(Block block) {
        return switch (block) {
            case Block.Paragraph p -> joinLines(p.lines().stream().map(l -> Characters.normalize(l.text())).toList(), false,
                    new boolean[p.lines().size()]);
            case Block.Table t -> {
                List<String> rows = new ArrayList<>();
                for (List<List<Fragment>> row : t.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (List<Fragment> cell : row) {
                        cells.add(joinLines(cell.stream().map(f -> Characters.normalize(f.text())).toList(), true,
                                shortEnds(cell)));
                    }
                    rows.add(String.join("\t", cells));
                }
                yield String.join("\n", rows);
            }
        };
    }

    /**
     * A middle dot glued to a word at a line's start: in a cell, after a line that ends short, the bullet of
     * a stacked list ({@code ·토취장마다} over {@code ·재질변화시마다}); after a full line, the joint of a
     * wrapped enumeration ({@code 편성} over {@code ·집행}), which attaches.
     */
    private static final java.util.regex.Pattern DOT_ITEM = java.util.regex.Pattern.compile("[·・ㆍ]\\p{L}");

    /**
     * {@return for each of a cell's lines whether it ends short of the cell's text, by more than an em}
     * The cell's text edge is where its longest line ends.
     */
    static boolean[] shortEnds(List<Fragment> cell) {
        float edge = (float) cell.stream().mapToDouble(Fragment::right).max().orElse(0);
        boolean[] out = new boolean[cell.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = edge - cell.get(i).right() > cell.get(i).fontSize();
        }
        return out;
    }

    /**
     * Joins lines, deciding each wrap. In a cell a line that opens with an item marker ({@code (22)
     * 출원일자}, {@code - 세부}) starts an entry of its own, the way a paragraph's item does; a marker that
     * may also be a wrapped sentence's end or a number ({@code 다.}, {@code 2.}) does so only after a line
     * that ends short, as in a paragraph (a regulation's table lists {@code 가. … 나. … 다. …} in a cell,
     * and {@code 사람} over {@code 다. 토양} is two items, not {@code 사람다.}). A paragraph's lines were
     * already parted at their markers by {@link BlockBuilder}.
     *
     * @param endsShort per line, whether it ends short of the text's right edge
     */
    private String joinLines(List<String> lines, boolean cell, boolean[] endsShort) {
        StringBuilder sb = new StringBuilder();
        String above = "";
        boolean spaced = false; // the line before ended on a drawn space: its wrap is a word space
        boolean aboveShort = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                boolean afterShort = aboveShort;
                boolean entry = cell && (ITEMS.marker(l).filter(m -> !ItemMarker.ambiguous(m) || afterShort).isPresent()
                        || afterShort && DOT_ITEM.matcher(l).lookingAt());
                sb.append(spaced || entry || Values.column(above, l) ? " " : joiner.separator(sb.toString(), l));
            }
            sb.append(l);
            above = l;
            spaced = Character.isWhitespace(line.charAt(line.length() - 1));
            aboveShort = endsShort[i];
        }
        return sb.toString();
    }
}
