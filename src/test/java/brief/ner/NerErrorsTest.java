package brief.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.extract.Gazetteer;
import brief.nlp.NerModel;
import brief.nlp.NerType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error lists of eval-ner: a type confusion is a false positive of one type and a miss of the other. */
class NerErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aConfusionIsAFalsePositiveAndAMissWithTheFineTagBeside() throws Exception {
        // 삼성전자 is a listed firm; tagged here, on purpose, as a broadcaster (OGG_MEDIA: an organisation)
        String text = "삼성전자는 24일 신제품을 공개했다.";
        StringBuilder tsv = new StringBuilder("## klue-ner-v1_dev_00001-wikitree\t" + text + "\n");
        for (int i = 0; i < text.length(); i++) {
            String tag = i == 0 ? "B-OGG_MEDIA" : i < 4 ? "I-OGG_MEDIA" : i == 6 ? "B-DT_DAY" : i == 7 || i == 8 ? "I-DT_DAY" : "O";
            tsv.append(text.charAt(i)).append('\t').append(tag).append('\n');
        }
        Path f = tmp.resolve("k.tsv");
        Files.writeString(f, tsv + "\n");
        List<KonecSentence> sentences = KonecCorpus.read(f);
        NerErrors errors = new NerErrors(new NerEvaluation(NerModel.standard().orElseThrow(), Gazetteer.standard()));

        List<NerErrors.NerError> firms = errors.errors(sentences, KonecCorpus.readTags(f), NerEvaluation.Config.RULES, NerType.FIRM);
        assertEquals(1, firms.size(), firms.toString());
        assertEquals(NerErrors.Side.FALSE_POSITIVE, firms.get(0).side());
        assertEquals("삼성전자", firms.get(0).surface());
        assertEquals("OGG_MEDIA '삼성전자'", firms.get(0).tags());

        List<NerErrors.NerError> orgs = errors.errors(sentences, KonecCorpus.readTags(f), NerEvaluation.Config.RULES,
                NerType.ORGANIZATION);
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals(NerErrors.Side.FALSE_NEGATIVE, orgs.get(0).side());
        assertTrue(orgs.get(0).here().contains("firm '삼성전자'"), orgs.get(0).here());
        // the date is found, so it is no error
        assertTrue(errors.errors(sentences, KonecCorpus.readTags(f), NerEvaluation.Config.RULES, NerType.DATE).isEmpty());
    }
}
