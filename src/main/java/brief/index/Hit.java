package brief.index;

/** One search result: document, title, page, BM25 score and a snippet with matches in {@code <b>...</b>}. */
public record Hit(String id, String title, int page, float score, String snippet) {
}
