package brief.hwp;

import brief.text.Characters;
import brief.text.CleanText;
import brief.text.PageRange;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the text of a word-processor file in reading order into a {@link CleanText} shaped like the
 * PDF path's: blocks (a paragraph, a table, a note) separated by a blank line, a table one row a line
 * with its cells tab-separated, page spans where the file records page breaks, furniture (headers,
 * footers, master pages) aside. One flow per document; not thread-safe.
 */
final class TextFlow {

    private final StringBuilder text = new StringBuilder();
    private final List<PageRange> pages = new ArrayList<>();
    private final List<String> furniture = new ArrayList<>();
    private int page = 1;
    private int pageStart = -1;

    /** Adds a block of body text; blank blocks are dropped. Spaces are tidied, line breaks kept. */
    void block(String raw) {
        String s = tidy(raw);
        if (s.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        if (pageStart < 0) {
            pageStart = text.length();
        }
        text.append(s);
    }

    /** Ends the current page: what follows is on the next one. An empty page still counts. */
    void pageBreak() {
        closePage();
        page++;
    }

    /** Keeps header, footer or master-page text aside from the body. */
    void furniture(String raw) {
        String s = tidy(raw);
        if (!s.isEmpty()) {
            furniture.add(s);
        }
    }

    /** {@return the number of pages seen so far} */
    int pages() {
        return page;
    }

    CleanText build() {
        closePage();
        return new CleanText(text.toString(), pages, furniture);
    }

    private void closePage() {
        if (pageStart >= 0) {
            pages.add(new PageRange(page, new Span(pageStart, text.length())));
            pageStart = -1;
        }
    }

    /**
     * NFC and the project's character clean-up, runs of spaces to one, spaces trimmed around line breaks
     * and tabs (a tab is a cell boundary here, so it is never dropped), blank lines removed.
     */
    static String tidy(String raw) {
        String s = Characters.normalize(raw).replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n")) {
            String[] cells = line.split("\t", -1);
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    row.append('\t');
                }
                row.append(cells[i].replaceAll(" {2,}", " ").strip());
            }
            String r = row.toString();
            if (!r.replace("\t", "").isBlank()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(r);
            }
        }
        return out.toString();
    }
}
