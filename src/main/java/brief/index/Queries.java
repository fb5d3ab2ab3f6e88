package brief.index;

import brief.BadInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Query text to a Lucene {@link Query}, the same for every engine: the text rewritten
 * ({@link QueryRewriter}), parsed over every language's text field with each field's query analysis,
 * every word required or any word, restricted by the fact filters. The local {@link Searcher} runs it;
 * the OpenSearch engine sends it as query DSL ({@link QueryDsl}).
 */
final class Queries {

    private final Analysis analysis;
    private final Analyzer analyzer;

    Queries(Analysis analysis) {
        this.analysis = analysis;
        this.analyzer = analyzer(analysis);
    }

    /** {@return the per-field query analyzer: each text field's own chain, keywords kept whole} */
    static Analyzer analyzer(Analysis analysis) {
        Map<String, Analyzer> fields = new HashMap<>(TextFields.queryAnalyzers());
        for (String keyword : List.of(BriefIndex.NM, BriefIndex.YEN, BriefIndex.FIRM, BriefIndex.COUNTRY)) {
            fields.put(keyword, new KeywordAnalyzer());
        }
        return new PerFieldAnalyzerWrapper(analysis.query(), fields);
    }

    /**
     * {@return the query for {@code queryText}: every word required ({@code all}) or any word, within
     * {@code filters}} Plain text ({@link PlainQuery}: punctuation is text) unless {@code syntax}, which
     * reads Lucene query syntax.
     */
    Query build(String queryText, boolean all, Filters filters, boolean syntax) {
        String typed = syntax ? queryText : PlainQuery.of(queryText);
        if (typed.isBlank()) {
            throw new BadInputException("query '" + Searcher.shorten(queryText) + "'", "no searchable word in it");
        }
        String text = analysis.rewrite() ? QueryRewriter.rewrite(typed) : typed;
        return filters.apply(parse(queryText, text, all ? QueryParser.Operator.AND : QueryParser.Operator.OR));
    }

    private Query parse(String original, String text, QueryParser.Operator op) {
        QueryParser parser = new MultiFieldQueryParser(TextFields.ALL.toArray(String[]::new), analyzer);
        parser.setDefaultOperator(op);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        // At index time Nori's MIXED mode stacks a compound over its parts (반도체 over 반 + 도체), so the
        // word after a compound sits one position further than a phrase expects: slop 1 absorbs that.
        parser.setPhraseSlop(1);
        try {
            Query q = parser.parse(text);
            if (q == null) {
                throw new BadInputException("query '" + original + "'", "no searchable word in it");
            }
            return q;
        } catch (ParseException | org.apache.lucene.queryparser.classic.TokenMgrError | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException("query '" + Searcher.shorten(original) + "'", QuerySyntaxError.explain(e), e);
        }
    }

}
