package brief.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.extract.Gazetteer;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

/**
 * The files the build generates are what a process would compute from today's gazetteer and terms,
 * and the shipped query chain takes its synonyms from them while the variants build their own.
 */
class BuildTimeAnalysisTest {

    @Test
    void theGeneratedDictionaryIsTheOneComputedNow() {
        String generated = BuildTimeAnalysis.resource(UserDictionaries.GENERATED).orElseThrow(
                () -> new AssertionError(UserDictionaries.GENERATED + " missing: the process-classes step did not run"));
        String body = generated.substring(generated.indexOf('\n') + 1);
        assertEquals(UserDictionaries.text(UserDictionaries.entries()), body);
        assertTrue(body.contains("\n질화갈륨 질화 갈륨\n"), "a curated term with its segmentation");
        assertTrue(body.contains("폭스콘"), "a gazetteer alias");
    }

    @Test
    void theGeneratedSynonymsAreTheOnesComputedNow() {
        var key = BuildTimeAnalysis.key(true, Analysis.SHIPPED_QUERY_MODE, Analysis.NOUNS_ONLY);
        String generated = BuildTimeAnalysis.resource(BuildTimeAnalysis.SYNONYMS).orElseThrow();
        assertTrue(generated.startsWith(key + "\n"), generated.lines().findFirst().orElse(""));
        try (Analyzer base = Analyzers.nori(Optional.of(UserDictionaries.standard()), Analysis.SHIPPED_QUERY_MODE,
                Analysis.NOUNS_ONLY, Optional.empty())) {
            List<List<String>> now = AliasSynonyms.groups(Gazetteer.standard(), base);
            assertEquals(AliasSynonyms.text(now), generated.substring(generated.indexOf('\n') + 1));
            assertTrue(now.stream().anyMatch(g -> g.contains("폭스콘") && g.contains("hon hai")), now.toString());
        }
    }

    @Test
    void theGeneratedEnglishSynonymsAreTheOnesComputedNow() {
        String generated = BuildTimeAnalysis.resource(BuildTimeAnalysis.ENGLISH_SYNONYMS).orElseThrow();
        List<List<String>> now = TextFields.englishGroups();
        assertEquals(AliasSynonyms.text(now), generated.substring(generated.indexOf('\n') + 1));
        assertEquals(now, AliasSynonyms.parse(generated));
        assertTrue(now.stream().anyMatch(g -> g.contains("samsung electronics") && g.contains("삼성전자")), now.toString());
    }

    @Test
    void onlyTheShippedChainUsesThem() {
        assertTrue(BuildTimeAnalysis.synonyms(true, Analysis.SHIPPED_QUERY_MODE, Analysis.NOUNS_ONLY).isPresent());
        assertTrue(BuildTimeAnalysis.synonyms(true, Analysis.SHIPPED_QUERY_MODE, Analysis.DEFAULT_STOP).isEmpty());
        assertTrue(BuildTimeAnalysis.synonyms(false, Analysis.SHIPPED_QUERY_MODE, Analysis.NOUNS_ONLY).isEmpty());
    }

    @Test
    void theBuiltSynonymMapsAreTheOnesTheTextGroupsMake() {
        String korean = BuildTimeAnalysis.resource(BuildTimeAnalysis.SYNONYMS).orElseThrow();
        String key = BuildTimeAnalysis.key(true, Analysis.SHIPPED_QUERY_MODE, Analysis.NOUNS_ONLY);
        SynonymMap built = BuildTimeAnalysis.map(BuildTimeAnalysis.SYNONYMS_MAP, key).orElseThrow(
                () -> new AssertionError(BuildTimeAnalysis.SYNONYMS_MAP + " missing or made for another chain"));
        assertArrayEquals(SynonymMapFile.write(key, AliasSynonyms.map(AliasSynonyms.parse(korean))),
                SynonymMapFile.write(key, built));
        String english = BuildTimeAnalysis.resource(BuildTimeAnalysis.ENGLISH_SYNONYMS).orElseThrow();
        String englishKey = english.substring(0, english.indexOf('\n'));
        SynonymMap builtEnglish = BuildTimeAnalysis.map(BuildTimeAnalysis.ENGLISH_SYNONYMS_MAP, englishKey).orElseThrow();
        assertArrayEquals(SynonymMapFile.write(englishKey, AliasSynonyms.map(AliasSynonyms.parse(english))),
                SynonymMapFile.write(englishKey, builtEnglish));
        assertTrue(BuildTimeAnalysis.map(BuildTimeAnalysis.SYNONYMS_MAP, englishKey).isEmpty(), "a map made for another chain");
    }
}
