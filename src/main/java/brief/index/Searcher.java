package brief.index;

import brief.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
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
 * Queries to hits: the classic query parser over Nori-analysed text, all words required (and, when
 * that finds nothing, any word), BM25, one highlighted passage per page from the UnifiedHighlighter.
 * A word that Nori splits becomes a phrase ({@code 질화갈륨} does not turn into {@code 질화 OR 갈륨}).
 */
public final class Searcher {

    private final BriefIndex index;

    public Searcher(BriefIndex index) {
        this.index = index;
    }

    public SearchResult search(String queryText, int limit) {
        if (queryText.isBlank()) {
            throw new BadInputException("query", "empty query", null);
        }
        if (!index.exists()) {
            throw new BadInputException(index.dir(), "no index here; run './brief ingest' first");
        }
        try (Analyzer analyzer = Analyzers.text(); Directory d = FSDirectory.open(index.dir());
             DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = parse(queryText, analyzer, QueryParser.Operator.AND);
            TopDocs top = searcher.search(query, Math.max(1, limit));
            if (top.totalHits.value() == 0) {
                query = parse(queryText, analyzer, QueryParser.Operator.OR);
                top = searcher.search(query, Math.max(1, limit));
            }
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                    .withMaxLength(100_000)
                    .withBreakIterator(Searcher::passages)
                    .build();
            String[] snippets = highlighter.highlight(BriefIndex.TEXT, query, top, 1);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = searcher.storedFields().document(sd.doc);
                String snippet = snippets[i] == null ? firstChars(doc.get(BriefIndex.TEXT)) : snippets[i];
                hits.add(new Hit(doc.get(BriefIndex.ID), doc.get(BriefIndex.TITLE),
                        doc.getField(BriefIndex.PAGE).numericValue().intValue(), sd.score,
                        snippet.replaceAll("\\s+", " ").strip()));
            }
            return new SearchResult(queryText, top.totalHits.value(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + index.dir() + ": cannot search (" + e.getMessage() + ")", e);
        }
    }

    private static Query parse(String text, Analyzer analyzer, QueryParser.Operator op) {
        QueryParser parser = new QueryParser(BriefIndex.TEXT, analyzer);
        parser.setDefaultOperator(op);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            String reason = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw new BadInputException("query '" + text + "'", "not a valid query (" + reason.strip() + ")", e);
        }
    }

    /**
     * Passages of about 160 characters made of whole sentences, never crossing a line: the clean text
     * puts each paragraph and each table row on its own line, and table rows have no full stops.
     */
    private static BreakIterator passages() {
        return LengthGoalBreakIterator.createClosestToLength(
                new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), '\n'), 160, 0.5f);
    }

    private static String firstChars(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + " …";
    }
}
