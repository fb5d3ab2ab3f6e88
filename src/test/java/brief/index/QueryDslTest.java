package brief.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;

/** Lucene queries as the local engine builds them, written as OpenSearch query DSL. */
class QueryDslTest {

    private static final Queries QUERIES = new Queries(Analysis.shipped());

    @Test
    void termsPhrasesAndBooleansBecomeTheirDslEquivalents() {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "반도체")), BooleanClause.Occur.MUST)
                .add(new PhraseQuery.Builder().add(new Term("text", "산업"), 0).add(new Term("text", "안보"), 2)
                        .setSlop(1).build(), BooleanClause.Occur.SHOULD)
                .build();
        assertEquals("{\"bool\":{\"must\":[{\"term\":{\"text\":{\"value\":\"반도체\"}}}],\"should\":[{\"match_phrase\":"
                + "{\"text\":{\"query\":\"산업 안보\",\"analyzer\":\"whitespace\",\"slop\":2}}}]}}", QueryDsl.of(q).toString());
    }

    @Test
    void aQueryWithEveryFilterTranslatesWhole() {
        Filters all = new Filters(Optional.of("폭스콘"), Optional.of("일본"), Optional.empty(), Optional.empty(),
                Optional.of(new java.math.BigDecimal("3")), OptionalLong.of(1_000_000L)).withYears("2024..2025");
        String dsl = QueryDsl.of(QUERIES.build("반도체 보조금", true, all, false)).toString();
        for (String part : new String[] {"{\"term\":{\"firm\":{\"value\":\"Foxconn\"}}}",
                "{\"term\":{\"country\":{\"value\":\"JP\"}}}", "{\"range\":{\"year\":{\"gte\":2024,\"lte\":2025}}}",
                "{\"term\":{\"nm\":{\"value\":\"3\"}}}", "{\"range\":{\"yen\":{\"gte\":1000000,\"lte\":9223372036854775807}}}",
                "\"반도체\"", "\"보조금\""}) {
            assertEquals(true, dsl.contains(part), part + " in " + dsl);
        }
    }

    @Test
    void aSynonymOfTheGazetteerIsEveryName() {
        String dsl = QueryDsl.of(QUERIES.build("홍하이", true, Filters.NONE, false)).toString();
        for (String name : new String[] {"홍하이", "폭스콘", "foxconn"}) {
            assertEquals(true, dsl.contains("\"" + name + "\""), name + " in " + dsl);
        }
    }

    @Test
    void anUnknownKindOfQueryIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> QueryDsl.of(new WildcardQuery(new Term("text", "반*"))));
        assertEquals(true, e.getMessage().startsWith("no query DSL for WildcardQuery"), e.getMessage());
    }
}
