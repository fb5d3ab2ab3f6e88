package brief.index;

import java.util.List;

/** The hits of one query, best first, and how many pages matched in all. */
public record SearchResult(String query, long total, List<Hit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
