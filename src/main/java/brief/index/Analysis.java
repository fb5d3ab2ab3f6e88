package brief.index;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How the text field is analysed: one analyzer at index time, one at query time, and whether the query
 * text is rewritten first ({@link QueryRewriter}: numbers such as {@code 3nm} or {@code 1조 2,900억 엔}
 * also match the facts' normalised values, multi-word names such as {@code Hon Hai} stay together). The
 * shipped configuration and the baselines {@code brief search-eval} compares it with.
 *
 * @param name    stored in the index, so a search knows the index was built the way it will query it
 * @param rewrite whether {@link QueryRewriter} rewrites the query text before parsing
 */
public record Analysis(String name, Analyzer index, Analyzer query, boolean rewrite) {

    /** Nori's default stop tags: particles, endings, affixes, symbols, interjections and the like. */
    public static final Set<POS.Tag> DEFAULT_STOP = KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS;

    /** The default plus verbs, adjectives, adverbs and pronouns: only nouns, numbers and foreign words stay. */
    public static final Set<POS.Tag> NOUNS_ONLY = nounsOnly();

    private static Set<POS.Tag> nounsOnly() {
        Set<POS.Tag> s = EnumSet.copyOf(DEFAULT_STOP);
        s.addAll(EnumSet.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.MAG,
                POS.Tag.MAJ, POS.Tag.MM, POS.Tag.NP));
        return Set.copyOf(s);
    }

    /** The query-time decompounding of {@link #shipped()}, whose alias synonyms the build prepares. */
    static final DecompoundMode SHIPPED_QUERY_MODE = DecompoundMode.NONE;

    /**
     * {@return the configuration brief ships} Chosen by {@code brief search-eval} over the judged query
     * set (see the README): user dictionary on, index MIXED, query NONE with alias synonyms, only nouns,
     * numbers and foreign words kept ({@link #NOUNS_ONLY}), the query rewritten by {@link QueryRewriter}.
     */
    public static Analysis shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * The Nori chain of the shipped configuration, defined once: the local analyzers are built from it and
     * the OpenSearch index settings are rendered from it ({@link OpenSearchSettings}), both with the
     * generated user dictionary and, at query time, the gazetteer's alias synonyms.
     */
    public record NoriChain(DecompoundMode indexMode, DecompoundMode queryMode, Set<POS.Tag> stopTags) {
        public NoriChain {
            stopTags = Set.copyOf(stopTags);
        }
    }

    /** The chain {@link #shipped()} uses. */
    public static final NoriChain SHIPPED_CHAIN = new NoriChain(DecompoundMode.MIXED, SHIPPED_QUERY_MODE, NOUNS_ONLY);

    private static final class Shipped {
        static final Analysis INSTANCE = nori("nori-mixed-none-nouns-dict-aliases-rewrite", SHIPPED_CHAIN.indexMode(),
                SHIPPED_CHAIN.queryMode(), SHIPPED_CHAIN.stopTags(), true, true, true);
    }

    /** {@return a Nori configuration, for measuring the choices {@link #shipped()} makes} */
    public static Analysis nori(String name, DecompoundMode indexMode, DecompoundMode queryMode, Set<POS.Tag> stop,
                                boolean dictionary, boolean aliases, boolean rewrite) {
        var dict = dictionary ? Optional.of(UserDictionaries.standard()) : Optional.<org.apache.lucene.analysis.ko.dict.UserDictionary>empty();
        Analyzer query = aliases ? Analyzers.noriWithAliases(dict, queryMode, stop)
                : Analyzers.nori(dict, queryMode, stop, Optional.empty());
        return new Analysis(name, Analyzers.nori(dict, indexMode, stop, Optional.empty()), query, rewrite);
    }

    /** {@return Lucene's {@code StandardAnalyzer} at both ends (Unicode word breaks, no morphology)} */
    public static Analysis standard() {
        Analyzer a = new StandardAnalyzer();
        return new Analysis("StandardAnalyzer", a, a, false);
    }

    /** {@return Lucene's {@code CJKAnalyzer} at both ends (overlapping Hangul bigrams)} */
    public static Analysis cjk() {
        Analyzer a = new CJKAnalyzer();
        return new Analysis("CJKAnalyzer", a, a, false);
    }
}
