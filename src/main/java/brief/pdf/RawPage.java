package brief.pdf;

import java.util.List;

/** One page: its number (1-based), size in points and every glyph on it in content-stream order. */
public record RawPage(int number, float width, float height, List<Glyph> glyphs) {
    public RawPage {
        glyphs = List.copyOf(glyphs);
    }
}
