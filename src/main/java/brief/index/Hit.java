package brief.index;

/**
 * One search result: document, title, page, BM25 score and a snippet with matches in {@code <b>...</b>};
 * {@code passage} is the ordinal of the passage in its document.
 */
public record Hit(String id, String title, int page, float score, String snippet, int passage) {
}
