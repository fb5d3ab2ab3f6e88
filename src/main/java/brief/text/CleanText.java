package brief.text;

import java.util.List;

/**
 * The body text of a document, furniture removed, line wraps joined, NFC, with the span each page
 * occupies. Pages are in order and do not overlap; text between pages (a paragraph break) belongs
 * to no page and is counted with the page before it by {@link #pageAt(int)}. {@code furniture} keeps
 * the text taken out as page furniture (running headers, sidebars, page numbers), in page order.
 */
public record CleanText(String text, List<PageRange> pages, List<String> furniture) {

    public CleanText {
        pages = List.copyOf(pages);
        furniture = List.copyOf(furniture);
        int last = 0;
        for (PageRange p : pages) {
            if (p.span().start() < last || p.span().end() > text.length()) {
                throw new IllegalArgumentException("page " + p.page() + " span " + p.span()
                        + " out of order or beyond the text (length " + text.length() + ")");
            }
            last = p.span().end();
        }
    }

    /** A text with no furniture kept aside. */
    public CleanText(String text, List<PageRange> pages) {
        this(text, pages, List.of());
    }

    /** A single-page text, for plain-text input. */
    public static CleanText ofSinglePage(String text) {
        return new CleanText(text, List.of(new PageRange(1, new Span(0, text.length()))));
    }

    /**
     * {@return the 1-based page that holds the character at {@code offset}} The last page starting at or
     * before it, by binary search over the pages in order: asked for every mention, a scan made a long
     * document cost its mentions times its pages.
     */
    public int pageAt(int offset) {
        int lo = 0;
        int hi = pages.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pages.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return pages.isEmpty() ? 1 : pages.get(found).page();
    }

    /** {@return the text of page {@code page}, empty when there is no such page} */
    public String pageText(int page) {
        return pages.stream().filter(p -> p.page() == page).findFirst()
                .map(p -> p.span().of(text)).orElse("");
    }
}
