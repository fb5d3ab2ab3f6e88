package brief.index;

import brief.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Queries to hits: the classic query parser over the index's {@link Analysis}, each word looked up in
 * every language's text field ({@link TextFields}), analysed the way that field was, all words required
 * (and, when that finds nothing, any word), BM25, fact filters, facet counts, one highlighted passage
 * per hit from the UnifiedHighlighter. The parser splits on white space and makes a phrase of a word
 * that analysis splits ({@code 산업안보} must not become {@code 산업 OR 안보}); the generated user
 * dictionary keeps known compounds ({@code 질화갈륨}) one token in the first place.
 *
 * <p>Holds the index open between searches (and reopens it when an ingest changed it); close it. Safe
 * for many threads at once (the web page's pool shares one): each search holds a reference on the
 * reader it started with, so a reopen never closes a reader under a running search.
 */
public final class Searcher implements SearchEngine {

    private static final int SNIPPET = 160;

    private final BriefIndex index;
    private final Analyzer analyzer;
    private final Queries queries;
    private Directory directory;
    private DirectoryReader reader;

    public Searcher(BriefIndex index) {
        this.index = index;
        this.analyzer = Queries.analyzer(index.analysis());
        this.queries = new Queries(index.analysis());
    }

    /**
     * @param syntax read {@code queryText} as Lucene query syntax ({@code "a phrase"}, {@code -word},
     *               {@code OR}, {@code field:value}); a syntax error is a {@link BadInputException} of
     *               one line. Otherwise it is plain text.
     */
    @Override
    public SearchResult search(String queryText, int limit, Filters filters, boolean syntax) {
        check(queryText);
        DirectoryReader current = open();
        try {
            IndexSearcher searcher = new IndexSearcher(current);
            Query query = queries.build(queryText, true, filters, syntax);
            TopDocs top = searcher.search(query, Math.max(1, limit));
            if (top.totalHits.value() == 0) {
                query = queries.build(queryText, false, filters, syntax);
                top = searcher.search(query, Math.max(1, limit));
            }
            Map<String, Map<String, Integer>> facets = searcher.search(query, new FacetCounts());
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                    .withMaxLength(100_000)
                    .withBreakIterator(Searcher::sentences)
                    .build();
            String[] fields = TextFields.ALL.toArray(String[]::new);
            int[] one = new int[fields.length];
            java.util.Arrays.fill(one, 1);
            Map<String, String[]> snippets = highlighter.highlightFields(fields, query, top, one);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = searcher.storedFields().document(sd.doc);
                String highlighted = snippets.get(TextFields.of(doc.get(BriefIndex.LANGUAGE)))[i];
                String snippet = highlighted == null ? Snippets.head(BriefIndex.text(doc), SNIPPET) : highlighted;
                hits.add(new Hit(doc.get(BriefIndex.ID), doc.get(BriefIndex.TITLE),
                        doc.getField(BriefIndex.PAGE).numericValue().intValue(), sd.score,
                        snippet.replaceAll("\\s+", " ").strip(),
                        doc.getField(BriefIndex.PASSAGE).numericValue().intValue()));
            }
            return new SearchResult(queryText, top.totalHits.value(), hits, facets);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw new BadInputException("query '" + shorten(queryText) + "'",
                    "expands to too much work (" + e.getClass().getSimpleName() + "); use fewer or plainer words", e);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + index.dir() + ": cannot search (" + e.getMessage() + ")", e);
        } finally {
            release(current);
        }
    }

    /** {@return the passages of page {@code page} of {@code docId}} */
    @Override
    public List<Passage> passages(String docId, int page) {
        // the page's own passages, found by id and page in the open reader: not every passage of the index
        DirectoryReader current = open();
        try {
            IndexSearcher searcher = new IndexSearcher(current);
            Query query = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(BriefIndex.ID, docId)),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(org.apache.lucene.document.IntPoint.newExactQuery(BriefIndex.PAGE, page),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build();
            int count = searcher.count(query);
            if (count == 0) {
                return List.of();
            }
            var stored = searcher.storedFields();
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, count).scoreDocs) {
                out.add(BriefIndex.passage(stored.document(sd.doc)));
            }
            out.sort(java.util.Comparator.comparingInt(Passage::ordinal));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + index.dir() + ": cannot read (" + e.getMessage() + ")", e);
        } finally {
            release(current);
        }
    }

    /** {@return the version of the index this searcher reads now: it changes when an ingest commits} */
    @Override
    public long version() {
        try {
            DirectoryReader r = acquire();
            try {
                return r.getVersion();
            } finally {
                release(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index " + index.dir() + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    /** {@return the current reader, acquired (release it); a failure to open is an unchecked error naming the index} */
    private DirectoryReader open() {
        try {
            return acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("index " + index.dir() + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    /** {@return the current reader, reopened if an ingest changed the index, with a reference the caller releases} */
    private synchronized DirectoryReader acquire() throws IOException {
        DirectoryReader r = reader();
        r.incRef();
        return r;
    }

    private static void release(DirectoryReader r) {
        try {
            r.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot release a reader (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses what no engine should run: an empty or overlong query. */
    static void check(String queryText) {
        if (queryText.isBlank()) {
            throw new BadInputException("query", "empty query");
        }
        if (queryText.length() > MAX_QUERY_CHARS) {
            throw new BadInputException("query", "too long (" + queryText.length() + " characters; at most "
                    + MAX_QUERY_CHARS + ")");
        }
    }

    /** Longer queries are not what an analyst types; they bound the work one query can ask for. */
    static final int MAX_QUERY_CHARS = 1000;

    static String shorten(String q) {
        return q.length() <= 60 ? q : q.substring(0, 60) + "…";
    }

    private DirectoryReader reader() throws IOException {
        if (reader == null) {
            if (!index.exists()) {
                throw new BadInputException(index.dir(), "no index here; run './brief ingest' first");
            }
            if (!index.isCurrent()) {
                throw new BadInputException(index.dir(), "the index was built by another version of brief; "
                        + "run './brief ingest' to rebuild it");
            }
            directory = FSDirectory.open(index.dir());
            reader = DirectoryReader.open(directory);
        } else if (mayHaveChanged()) {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                DirectoryReader old = reader;
                reader = newer;
                old.decRef(); // closes it once the last search on it has released it
            }
        }
        return reader;
    }

    /** The folder's modification time when its commits were last read, and when that was (ms since the epoch). */
    private long seenStamp = Long.MIN_VALUE;
    private long seenAt = Long.MIN_VALUE;
    /** More than the coarsest file-time step of common file systems (FAT: 2 s). */
    private static final long SETTLED_MS = 3_000;

    /**
     * {@return whether an ingest may have committed since the commits were last read} Reading them lists
     * the folder and reads its newest {@code segments_N}: on every request of the web page, under this
     * searcher's lock, that was most of a cached answer's cost. A commit writes and renames files in the
     * folder, which changes the folder's modification time; so when that time is the one seen at the last
     * reading, and had already settled then (older by more than a file-time step), nothing has been
     * committed since. A time too fresh to trust, or any error, reads the commits again.
     */
    private boolean mayHaveChanged() {
        long now = System.currentTimeMillis();
        long stamp;
        try {
            stamp = java.nio.file.Files.getLastModifiedTime(index.dir()).toMillis();
        } catch (IOException e) {
            return true;
        }
        if (stamp == seenStamp && seenAt - seenStamp > SETTLED_MS) {
            return false;
        }
        seenStamp = stamp;
        seenAt = now;
        return true;
    }

    /**
     * Passages of about 160 characters made of whole sentences, never crossing a line: the clean text
     * puts each paragraph and each table row on its own line, and table rows have no full stops. A
     * snippet therefore starts and ends at a sentence or line boundary, never inside a word.
     */
    private static BreakIterator sentences() {
        return LengthGoalBreakIterator.createClosestToLength(
                new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), '\n'), SNIPPET, 0.5f);
    }

    @Override
    public synchronized void close() {
        try {
            if (reader != null) {
                reader.decRef();
                reader = null;
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index " + index.dir() + ": cannot close", e);
        }
    }
}
