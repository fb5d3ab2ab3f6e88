package brief.pdf;

import java.util.List;

/**
 * One page: its number (1-based), size in points, every glyph on it in content-stream order, and its
 * ruling lines (collinear touching pieces merged).
 */
public record RawPage(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {
    public RawPage {
        glyphs = List.copyOf(glyphs);
        rules = List.copyOf(rules);
    }
}
