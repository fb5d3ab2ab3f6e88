package brief.index;

import brief.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * Queries to hits on brief's index in an OpenSearch cluster, with the local engine's semantics: the
 * query is built by {@link Queries} exactly as {@link Searcher} builds it (every word required, then
 * any word when that finds nothing; the same analysis, rewriting and filters) and sent as query DSL
 * ({@link QueryDsl}); facets are terms aggregations over every match, ordered by count then name; the
 * snippet is the unified highlighter's best sentence-bounded fragment of about 160 characters from the
 * passage's own text field, or the passage's head when nothing is highlighted.
 */
public final class OpenSearchSearcher implements SearchEngine {

    private static final int SNIPPET = 160;
    private static final int FACET_SIZE = 1000;

    private final OpenSearchCluster cluster;
    private final OpenSearchIndex index;
    private final Queries queries = new Queries(Analysis.shipped());
    private boolean checked;

    public OpenSearchSearcher(OpenSearchCluster cluster) {
        this.cluster = cluster;
        this.index = new OpenSearchIndex(cluster);
    }

    @Override
    public SearchResult search(String queryText, int limit, Filters filters, boolean syntax) {
        Searcher.check(queryText);
        if (!checked) {
            if (!index.exists()) {
                throw new BadInputException("OpenSearch " + cluster.describe(),
                        "no brief index there; run 'brief ingest --to opensearch' first");
            }
            checked = true;
        }
        int size = Math.max(1, limit);
        JsonNode response = run(queries.build(queryText, true, filters, syntax), size);
        if (response.path("hits").path("total").path("value").asLong() == 0) {
            response = run(queries.build(queryText, false, filters, syntax), size);
        }
        List<Hit> hits = new ArrayList<>();
        for (JsonNode h : response.path("hits").path("hits")) {
            JsonNode src = h.path("_source");
            String field = TextFields.of(src.path(BriefIndex.LANGUAGE).asText("und"));
            JsonNode fragments = h.path("highlight").path(field);
            String snippet = fragments.isArray() && !fragments.isEmpty() ? fragments.get(0).asText()
                    : Snippets.head(src.path(field).asText(""), SNIPPET);
            hits.add(new Hit(src.path(BriefIndex.ID).asText(), src.path(BriefIndex.TITLE).asText(),
                    src.path(BriefIndex.PAGE).asInt(), (float) h.path("_score").asDouble(),
                    snippet.replaceAll("\\s+", " ").strip(), src.path(BriefIndex.PASSAGE).asInt()));
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String facet : List.of(BriefIndex.FIRM, BriefIndex.YEAR)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (JsonNode b : response.path("aggregations").path(facet).path("buckets")) {
                counts.put(b.path("key").asText(), b.path("doc_count").asInt());
            }
            facets.put(facet, counts);
        }
        return new SearchResult(queryText, response.path("hits").path("total").path("value").asLong(), hits, facets);
    }

    private JsonNode run(Query query, int size) {
        ObjectNode body = OpenSearchSettings.JSON.createObjectNode();
        body.put("size", size).put("track_total_hits", true);
        body.set("query", QueryDsl.of(query));
        var source = body.putArray("_source");
        List.of(BriefIndex.ID, BriefIndex.TITLE, BriefIndex.PAGE, BriefIndex.PASSAGE, BriefIndex.LANGUAGE)
                .forEach(source::add);
        TextFields.ALL.forEach(source::add);
        ObjectNode highlight = body.putObject("highlight").put("type", "unified").put("boundary_scanner", "sentence")
                .put("fragment_size", SNIPPET).put("number_of_fragments", 1);
        highlight.putArray("pre_tags").add("<b>");
        highlight.putArray("post_tags").add("</b>");
        ObjectNode fields = highlight.putObject("fields");
        TextFields.ALL.forEach(f -> fields.putObject(f));
        ObjectNode aggs = body.putObject("aggs");
        for (String facet : List.of(BriefIndex.FIRM, BriefIndex.YEAR)) {
            ObjectNode terms = aggs.putObject(facet).putObject("terms").put("field", facet).put("size", FACET_SIZE);
            var order = terms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
        }
        return cluster.send("POST", "/" + cluster.index() + "/_search", Optional.of(body.toString()));
    }

    /**
     * A cluster is written by others at any time and says nothing cheaply about it: answers may be
     * cached for at most {@value #CACHE_SECONDS} seconds.
     */
    @Override
    public long version() {
        return System.nanoTime() / (CACHE_SECONDS * 1_000_000_000L);
    }

    private static final long CACHE_SECONDS = 10;

    @Override
    public List<Passage> passages(String docId, int page) {
        ObjectNode body = OpenSearchSettings.JSON.createObjectNode().put("size", 10_000);
        var filter = body.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("term").putObject(BriefIndex.ID).put("value", docId);
        filter.addObject().putObject("term").putObject(BriefIndex.PAGE).put("value", page);
        body.putArray("sort").addObject().put(BriefIndex.PASSAGE, "asc");
        List<Passage> out = new ArrayList<>();
        for (JsonNode h : cluster.send("POST", "/" + cluster.index() + "/_search", Optional.of(body.toString()))
                .path("hits").path("hits")) {
            JsonNode src = h.path("_source");
            String language = src.path(BriefIndex.LANGUAGE).asText("und");
            out.add(new Passage(src.path(BriefIndex.ID).asText(), src.path(BriefIndex.TITLE).asText(),
                    src.path(BriefIndex.SHA).asText(), src.path(BriefIndex.PAGE).asInt(),
                    src.path(BriefIndex.PASSAGE).asInt(), src.path(TextFields.of(language)).asText(""), tags(src),
                    language));
        }
        return out;
    }

    private static Passage.Tags tags(JsonNode src) {
        List<String> firms = new ArrayList<>();
        src.path(BriefIndex.FIRM).forEach(n -> firms.add(n.asText()));
        List<String> countries = new ArrayList<>();
        src.path(BriefIndex.COUNTRY).forEach(n -> countries.add(n.asText()));
        List<Integer> years = new ArrayList<>();
        src.path(BriefIndex.YEAR).forEach(n -> years.add(n.asInt()));
        List<java.math.BigDecimal> nm = new ArrayList<>();
        src.path(BriefIndex.NM).forEach(n -> nm.add(new java.math.BigDecimal(n.asText())));
        List<Long> yen = new ArrayList<>();
        src.path(BriefIndex.YEN).forEach(n -> yen.add(n.asLong()));
        return new Passage.Tags(firms, countries, years, nm, yen);
    }

    @Override
    public void close() {
        cluster.close();
    }
}
