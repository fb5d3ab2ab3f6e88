package brief.index;

import brief.extract.Gazetteer;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The Nori chains of the text field. Index time: the generated user dictionary
 * ({@link UserDictionaries}), compounds kept whole and also split, particles and endings dropped,
 * hanja read as Hangul, Latin lower-cased. Query time: the same, but compounds kept whole (a synonym
 * graph cannot take Nori's compound graph as input) and gazetteer aliases expanded
 * ({@link AliasSynonyms}). The modes and stop tags were chosen by {@code brief search-eval}; see
 * {@link Analysis#shipped()}.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** A Nori chain: tokenizer, part-of-speech stop filter, reading form, lower case, optional synonyms. */
    static Analyzer nori(Optional<UserDictionary> dictionary, KoreanTokenizer.DecompoundMode mode,
                         Set<POS.Tag> stopTags, Optional<SynonymMap> synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                KoreanTokenizer tokenizer = brief.nlp.NoriDictionaries.tokenizer(dictionary.orElse(null), mode,
                        false, true);
                TokenStream s = new KoreanPartOfSpeechStopFilter(tokenizer, stopTags);
                s = new KoreanReadingFormFilter(s);
                s = new LowerCaseFilter(s);
                if (synonyms.isPresent()) {
                    s = new SynonymGraphFilter(s, synonyms.get(), true);
                }
                return new TokenStreamComponents(tokenizer, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /**
     * {@return a query chain of {@code mode} expanding the gazetteer's aliases} The synonyms come from
     * the build when it made them for this chain ({@link BuildTimeAnalysis}), else are built here. The
     * one dictionary a chain has is the generated one ({@link UserDictionaries#standard()}).
     */
    static Analyzer noriWithAliases(Optional<UserDictionary> dictionary, KoreanTokenizer.DecompoundMode mode,
                                    Set<POS.Tag> stopTags) {
        SynonymMap map = BuildTimeAnalysis.synonyms(dictionary.isPresent(), mode, stopTags).orElseGet(() -> {
            try (Analyzer base = nori(dictionary, mode, stopTags, Optional.empty())) {
                return AliasSynonyms.of(Gazetteer.standard(), base);
            }
        });
        return nori(dictionary, mode, stopTags, Optional.of(map));
    }
}
