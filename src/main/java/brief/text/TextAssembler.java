package brief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks of each page to one clean text with the span of every page. Blank line between blocks, line
 * break between table rows, tab between cells. A page whose first paragraph continues the previous
 * page's last one (that one filled its last line to the margin and this one is not indented) is
 * joined to it, and the page's span starts where its own text does.
 */
final class TextAssembler {

    private final WrapJoiner joiner;

    TextAssembler(WrapJoiner joiner) {
        this.joiner = joiner;
    }

    CleanText assemble(List<List<Block>> pages, float right) {
        StringBuilder out = new StringBuilder();
        List<PageRange> ranges = new ArrayList<>();
        Block.Paragraph last = null;
        for (int p = 0; p < pages.size(); p++) {
            int pageStart = out.length();
            List<Block> blocks = pages.get(p);
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                String text = render(block);
                if (text.isEmpty()) {
                    continue;
                }
                if (b == 0 && last != null && block instanceof Block.Paragraph para && runsOn(last, para, right)) {
                    String sep = joiner.separator(out.toString(), text);
                    out.append(sep);
                    pageStart = out.length();
                } else if (!out.isEmpty()) {
                    out.append("\n\n");
                    if (b == 0) {
                        pageStart = out.length();
                    }
                }
                out.append(text);
                last = block instanceof Block.Paragraph para ? para : null;
            }
            int pageNumber = blocks.isEmpty() ? p + 1 : blocks.get(0).page();
            ranges.add(new PageRange(pageNumber, new Span(Math.min(pageStart, out.length()), out.length())));
        }
        if (!out.isEmpty()) {
            out.append('\n');
        }
        return new CleanText(out.toString(), ranges);
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
            case Block.Paragraph p -> joinLines(p.lines().stream().map(l -> Characters.normalize(l.text())).toList());
            case Block.Table t -> {
                List<String> rows = new ArrayList<>();
                for (List<List<Fragment>> row : t.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (List<Fragment> cell : row) {
                        cells.add(joinLines(cell.stream().map(f -> Characters.normalize(f.text())).toList()));
                    }
                    rows.add(String.join("\t", cells));
                }
                yield String.join("\n", rows);
            }
        };
    }

    private String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(joiner.separator(sb.toString(), l));
            }
            sb.append(l);
        }
        return sb.toString();
    }
}
