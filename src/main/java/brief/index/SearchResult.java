package brief.index;

import java.util.List;
import java.util.Map;

/**
 * The hits of one query, best first, how many passages matched in all, and how those matches count
 * by firm and by year ({@code facets.firm}, {@code facets.year}), most frequent first.
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
