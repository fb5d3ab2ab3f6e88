package brief.index;

import brief.extract.Gazetteer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;

/**
 * The local index's analysis and fields rendered as OpenSearch index settings and mappings, from the
 * same definitions: the Nori chain of {@link Analysis#SHIPPED_CHAIN} ({@code nori_tokenizer} with its
 * decompound mode and the generated user dictionary as {@code user_dictionary_rules},
 * {@code nori_part_of_speech} with the same stop tags, {@code nori_readingform}, {@code lowercase}),
 * the gazetteer's aliases as a query-time {@code synonym_graph}, the English chain of
 * {@link TextFields} (possessives, lower case, English stop words, Porter stems; aliases at query
 * time), Kuromoji for Japanese and the CJK analyzer for other languages; fact fields as keywords and
 * numbers. One primary shard and no replica by default: a single node, and BM25 statistics that are
 * the local index's exactly.
 */
final class OpenSearchSettings {

    static final ObjectMapper JSON = new ObjectMapper();

    private OpenSearchSettings() {
    }

    /** {@return the body of the create-index request} */
    static ObjectNode createIndex(int shards, int replicas) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas);
        index.set("analysis", analysis());
        body.set("mappings", mappings());
        return body;
    }

    static ObjectNode analysis() {
        Analysis.NoriChain chain = Analysis.SHIPPED_CHAIN;
        ObjectNode analysis = JSON.createObjectNode();
        ObjectNode tokenizers = analysis.putObject("tokenizer");
        tokenizers.set("brief_nori_index", nori(chain.indexMode()));
        tokenizers.set("brief_nori_query", nori(chain.queryMode()));
        ObjectNode filters = analysis.putObject("filter");
        ObjectNode pos = filters.putObject("brief_pos").put("type", "nori_part_of_speech");
        ArrayNode stop = pos.putArray("stoptags");
        chain.stopTags().stream().map(POS.Tag::name).sorted().forEach(stop::add);
        filters.set("brief_ko_aliases", synonyms());
        filters.putObject("brief_en_possessive").put("type", "stemmer").put("language", "possessive_english");
        filters.putObject("brief_en_stop").put("type", "stop").put("stopwords", "_english_");
        filters.set("brief_en_aliases", synonyms());
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzers.set("brief_ko_index", custom("brief_nori_index", "brief_pos", "nori_readingform", "lowercase"));
        analyzers.set("brief_ko_query", custom("brief_nori_query", "brief_pos", "nori_readingform", "lowercase",
                "brief_ko_aliases"));
        analyzers.set("brief_en_index", custom("standard", "brief_en_possessive", "lowercase", "brief_en_stop",
                "porter_stem"));
        analyzers.set("brief_en_query", custom("standard", "brief_en_possessive", "lowercase", "brief_en_stop",
                "brief_en_aliases", "porter_stem"));
        return analysis;
    }

    private static ObjectNode nori(DecompoundMode mode) {
        ObjectNode t = JSON.createObjectNode().put("type", "nori_tokenizer")
                .put("decompound_mode", mode.name().toLowerCase(Locale.ROOT)).put("discard_punctuation", true);
        ArrayNode rules = t.putArray("user_dictionary_rules");
        UserDictionaries.rules().forEach(rules::add);
        return t;
    }

    /** Each name means every other name of its entry; a name that analyses to nothing is skipped (lenient). */
    private static ObjectNode synonyms() {
        ObjectNode f = JSON.createObjectNode().put("type", "synonym_graph").put("lenient", true).put("expand", true);
        ArrayNode rules = f.putArray("synonyms");
        AliasSynonyms.rules(Gazetteer.standard()).forEach(rules::add);
        return f;
    }

    private static ObjectNode custom(String tokenizer, String... filters) {
        ObjectNode a = JSON.createObjectNode().put("type", "custom").put("tokenizer", tokenizer);
        ArrayNode f = a.putArray("filter");
        for (String name : filters) {
            f.add(name);
        }
        return a;
    }

    /** The fields of {@link BriefIndex}, one document per passage. */
    static ObjectNode mappings() {
        ObjectNode m = JSON.createObjectNode();
        m.put("dynamic", "strict");
        ObjectNode meta = m.putObject("_meta");
        meta.put("brief_format", BriefIndex.FORMAT).put("brief_analysis", Analysis.shipped().name());
        ObjectNode p = m.putObject("properties");
        for (String keyword : List.of(BriefIndex.ID, BriefIndex.SHA, BriefIndex.LANGUAGE, BriefIndex.FIRM,
                BriefIndex.COUNTRY, BriefIndex.NM)) {
            p.putObject(keyword).put("type", "keyword");
        }
        p.putObject(BriefIndex.TITLE).put("type", "keyword").put("index", false).put("doc_values", false);
        p.putObject(BriefIndex.PAGE).put("type", "integer");
        p.putObject(BriefIndex.PASSAGE).put("type", "integer");
        p.putObject(BriefIndex.YEAR).put("type", "integer");
        p.putObject(BriefIndex.YEN).put("type", "long");
        text(p, BriefIndex.TEXT, "brief_ko_index", "brief_ko_query");
        text(p, TextFields.ENGLISH, "brief_en_index", "brief_en_query");
        text(p, TextFields.JAPANESE, "kuromoji", "kuromoji");
        text(p, TextFields.OTHER, "cjk", "cjk");
        return m;
    }

    /** Offsets in the postings, as the local index keeps them for its highlighter. */
    private static void text(ObjectNode properties, String field, String index, String query) {
        properties.putObject(field).put("type", "text").put("analyzer", index).put("search_analyzer", query)
                .put("index_options", "offsets");
    }
}
