package brief.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;

/**
 * The analyzer of the text field, the same at index and query time: Nori, compounds kept whole and
 * also split ({@code MIXED}, so {@code 반도체공장} finds {@code 반도체}), particles and endings dropped
 * (Nori's default stop tags: {@code 반도체를} indexes {@code 반도체}), Latin lower-cased.
 */
final class Analyzers {

    private Analyzers() {
    }

    static Analyzer text() {
        return new KoreanAnalyzer(null, KoreanTokenizer.DecompoundMode.MIXED,
                KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
    }
}
