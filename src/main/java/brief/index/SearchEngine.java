package brief.index;

/**
 * Where queries go: the embedded Lucene index ({@link Searcher}) or an OpenSearch cluster
 * ({@link OpenSearchSearcher}). Both take the same query text and filters and give the same
 * {@link SearchResult}: hits, total and facets. Close it when done.
 */
public interface SearchEngine extends AutoCloseable {

    /**
     * {@return the best {@code limit} passages for {@code queryText} within {@code filters}}
     *
     * @param syntax read {@code queryText} as Lucene query syntax ({@code "a phrase"}, {@code -word},
     *               {@code OR}); otherwise it is plain text, punctuation included ({@link PlainQuery})
     */
    SearchResult search(String queryText, int limit, Filters filters, boolean syntax);

    /** {@return the best {@code limit} passages for plain {@code queryText} within {@code filters}} */
    default SearchResult search(String queryText, int limit, Filters filters) {
        return search(queryText, limit, filters, false);
    }

    /** {@return the best {@code limit} passages for {@code queryText}} */
    default SearchResult search(String queryText, int limit) {
        return search(queryText, limit, Filters.NONE);
    }

    /** {@return a number that changes when what the engine searches has changed: answers may be cached under it} */
    long version();

    /** {@return the passages of page {@code page} of brief {@code docId}, in their order} */
    java.util.List<Passage> passages(String docId, int page);

    @Override
    void close();
}
