package brief.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A Lucene query, as {@link Queries} builds it for the local index, written as OpenSearch query DSL,
 * so the cluster runs the query the local engine runs: the query text is parsed and analysed here,
 * once, and the cluster sees terms, phrases and filters on fields whose index-time analysis is the
 * local one ({@link OpenSearchSettings}). Terms become {@code term}, Boolean queries {@code bool},
 * phrases {@code match_phrase} over the already analysed terms (whitespace analyzer, the slop widened
 * by any position gap), stacked synonyms and multi-phrases their span equivalents, point ranges
 * {@code range}. A query of another kind is a programming error and says which.
 */
final class QueryDsl {

    /** Numeric fields and their point type: the range filters of {@link Filters}. */
    private static final Set<String> INT_FIELDS = Set.of(BriefIndex.YEAR, BriefIndex.PAGE);
    private static final Set<String> LONG_FIELDS = Set.of(BriefIndex.YEN);

    private QueryDsl() {
    }

    static ObjectNode of(Query query) {
        ObjectNode out = OpenSearchSettings.JSON.createObjectNode();
        switch (query) {
            case TermQuery t -> out.putObject("term").putObject(t.getTerm().field()).put("value", t.getTerm().text());
            case BooleanQuery b -> bool(b, out.putObject("bool"));
            case BoostQuery b -> {
                ObjectNode inner = of(b.getQuery());
                out.putObject("bool").put("boost", b.getBoost()).putArray("must").add(inner);
            }
            case PhraseQuery p -> phrase(p, out);
            case SynonymQuery s -> {
                ObjectNode bool = out.putObject("bool");
                ArrayNode should = bool.putArray("should");
                for (Term t : s.getTerms()) {
                    should.addObject().putObject("term").putObject(t.field()).put("value", t.text());
                }
            }
            case MultiPhraseQuery m -> span(toSpans(m), out);
            case SpanQuery s -> span(s, out);
            case PointRangeQuery r -> range(r, out);
            case MatchAllDocsQuery m -> out.putObject("match_all");
            case MatchNoDocsQuery m -> out.putObject("match_none");
            default -> throw new IllegalArgumentException("no query DSL for " + query.getClass().getSimpleName()
                    + ": " + query);
        }
        return out;
    }

    private static void bool(BooleanQuery b, ObjectNode bool) {
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            list.add(of(c.query()));
        }
        if (b.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
        }
    }

    private static void phrase(PhraseQuery p, ObjectNode out) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        if (terms.length == 0) {
            out.putObject("match_none");
            return;
        }
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        StringBuilder words = new StringBuilder();
        for (Term t : terms) {
            words.append(words.isEmpty() ? "" : " ").append(t.text());
        }
        out.putObject("match_phrase").putObject(terms[0].field()).put("query", words.toString())
                .put("analyzer", "whitespace").put("slop", p.getSlop() + gaps);
    }

    private static SpanQuery toSpans(MultiPhraseQuery m) {
        Term[][] terms = m.getTermArrays();
        SpanQuery[] clauses = new SpanQuery[terms.length];
        for (int i = 0; i < terms.length; i++) {
            SpanQuery[] alternatives = new SpanQuery[terms[i].length];
            for (int j = 0; j < terms[i].length; j++) {
                alternatives[j] = new SpanTermQuery(terms[i][j]);
            }
            clauses[i] = alternatives.length == 1 ? alternatives[0] : new SpanOrQuery(alternatives);
        }
        return clauses.length == 1 ? clauses[0] : new SpanNearQuery(clauses, m.getSlop(), true);
    }

    private static void span(SpanQuery s, ObjectNode out) {
        switch (s) {
            case SpanTermQuery t -> out.putObject("span_term").put(t.getTerm().field(), t.getTerm().text());
            case SpanOrQuery o -> {
                ArrayNode clauses = out.putObject("span_or").putArray("clauses");
                for (SpanQuery c : o.getClauses()) {
                    span(c, clauses.addObject());
                }
            }
            case SpanNearQuery n -> {
                ObjectNode near = out.putObject("span_near");
                ArrayNode clauses = near.putArray("clauses");
                for (SpanQuery c : n.getClauses()) {
                    span(c, clauses.addObject());
                }
                near.put("slop", n.getSlop()).put("in_order", n.isInOrder());
            }
            default -> throw new IllegalArgumentException("no query DSL for " + s.getClass().getSimpleName() + ": " + s);
        }
    }

    private static void range(PointRangeQuery r, ObjectNode out) {
        String field = r.getField();
        ObjectNode bounds = out.putObject("range").putObject(field);
        if (INT_FIELDS.contains(field)) {
            bounds.put("gte", IntPoint.decodeDimension(r.getLowerPoint(), 0))
                    .put("lte", IntPoint.decodeDimension(r.getUpperPoint(), 0));
        } else if (LONG_FIELDS.contains(field)) {
            bounds.put("gte", LongPoint.decodeDimension(r.getLowerPoint(), 0))
                    .put("lte", LongPoint.decodeDimension(r.getUpperPoint(), 0));
        } else {
            throw new IllegalArgumentException("no numeric type known for range field " + field);
        }
    }
}
