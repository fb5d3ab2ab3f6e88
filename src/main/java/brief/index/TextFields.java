package brief.index;

import brief.extract.Gazetteer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * One text field per kind of language, chosen at index time from the passage's document language:
 * Korean (and text whose language is unknown) goes to {@link BriefIndex#TEXT}, analysed by the
 * {@link Analysis} under measure (Nori); English to {@link #ENGLISH} (Lucene's English chain: Unicode
 * word breaks, possessives and stop words dropped, Porter stems, so {@code subsidies} meets
 * {@code subsidy}); Japanese to {@link #JAPANESE} (Kuromoji's search mode, base forms, stop words and
 * particles dropped); anything else to {@link #OTHER} ({@code CJKAnalyzer}: word breaks, and
 * overlapping bigrams for Chinese characters). A passage has exactly one of them.
 *
 * <p>A query is analysed each way and searched in every field (see {@link Searcher}); the English query
 * chain also expands the gazetteer's aliases, so {@code 삼성전자} finds {@code Samsung Electronics}.
 */
final class TextFields {

    static final String ENGLISH = "text_en";
    static final String JAPANESE = "text_ja";
    static final String OTHER = "text_other";

    /** Every text field, the Korean one first. */
    static final List<String> ALL = List.of(BriefIndex.TEXT, ENGLISH, JAPANESE, OTHER);

    private TextFields() {
    }

    /** {@return the field a passage of a document in {@code language} (ISO 639-1, or "und") goes to} */
    static String of(String language) {
        return switch (language == null ? "und" : language) {
            case "ko", "und" -> BriefIndex.TEXT;
            case "en" -> ENGLISH;
            case "ja" -> JAPANESE;
            default -> OTHER;
        };
    }

    /** {@return the index-time analyzers of the fields other than the Korean one} */
    static Map<String, Analyzer> indexAnalyzers() {
        return Holder.INDEX;
    }

    /** {@return the query-time analyzers of the fields other than the Korean one} */
    static Map<String, Analyzer> queryAnalyzers() {
        return Holder.QUERY;
    }

    private static final class Holder {
        static final Analyzer JA = new JapaneseAnalyzer();
        static final Analyzer CJK = new CJKAnalyzer();
        static final Map<String, Analyzer> INDEX = Map.of(ENGLISH, english(Optional.empty(), true), JAPANESE, JA, OTHER, CJK);
        static final Map<String, Analyzer> QUERY = Map.of(ENGLISH, englishWithAliases(), JAPANESE, JA, OTHER, CJK);
    }

    /**
     * The English chain in {@link EnglishAnalyzer}'s order, with the gazetteer's aliases expanded before
     * stemming: the synonym map is built from aliases taken through the same chain up to that point, and
     * its outputs are stemmed like the index's words ({@code Samsung Electronics} becomes
     * {@code samsung electron} at both ends).
     */
    static Analyzer englishWithAliases() {
        // made by the build (BuildTimeAnalysis): taking the gazetteer through the chain was 0.1 s of a cold search
        SynonymMap map = BuildTimeAnalysis.englishSynonyms().orElseGet(() -> AliasSynonyms.map(englishGroups()));
        return english(Optional.of(map), true);
    }

    /** {@return the gazetteer's names as the English chain before stemming analyses them} */
    static List<List<String>> englishGroups() {
        try (Analyzer base = english(Optional.empty(), false)) {
            return AliasSynonyms.groups(Gazetteer.standard(), base);
        }
    }

    private static Analyzer english(Optional<SynonymMap> synonyms, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                if (synonyms.isPresent()) {
                    s = new SynonymGraphFilter(s, synonyms.get(), true);
                }
                if (stem) {
                    s = new PorterStemFilter(s);
                }
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
