package brief.text;

import java.util.List;

/** A unit of body text on one page: a paragraph (or heading, or note) or a table. */
public sealed interface Block {

    int page();

    /** Lines that read as one run of text; their wraps are joined later. */
    record Paragraph(int page, List<Line> lines) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }
    }

    /** Rows top to bottom; each row's cells left to right, each cell its lines top to bottom. */
    record Table(int page, List<List<List<Fragment>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }
}
