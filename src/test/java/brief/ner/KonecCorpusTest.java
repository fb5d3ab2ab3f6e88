package brief.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import brief.nlp.NerSpan;
import brief.nlp.NerType;
import brief.text.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KonecCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void mapsTheNiklTagsToFourTypes() throws Exception {
        String text = "KT 24일 3억원 국회 하루";
        String[] tags = {"B-OGG_ECONOMY", "I-OGG_ECONOMY", "O", "B-DT_DAY", "I-DT_DAY", "I-DT_DAY", "O",
            "B-QT_PRICE", "I-QT_PRICE", "I-QT_PRICE", "O", "B-OGG_POLITICS", "I-OGG_POLITICS", "O",
            "B-DT_DURATION", "I-DT_DURATION"};
        StringBuilder tsv = new StringBuilder("## 주석 : ##\n## klue-ner-v1_dev_00001-wikitree\t" + text + "\n");
        for (int i = 0; i < text.length(); i++) {
            tsv.append(text.charAt(i)).append('\t').append(tags[i]).append('\n');
        }
        Path f = tmp.resolve("k.tsv");
        Files.writeString(f, tsv + "\n");
        List<KonecSentence> all = KonecCorpus.read(f);
        assertEquals(1, all.size());
        assertEquals(List.of(new NerSpan(new Span(0, 2), NerType.FIRM), new NerSpan(new Span(3, 6), NerType.DATE),
                new NerSpan(new Span(7, 10), NerType.MONEY), new NerSpan(new Span(11, 13), NerType.ORGANIZATION)),
                all.get(0).entities());
    }

    @Test
    void aMissingFileIsNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> KonecCorpus.read(tmp.resolve("no.tsv")));
        assertTrue(e.getMessage().contains("no.tsv"), e.getMessage());
    }

    @Test
    void theSplitIsAboutOneInFiveAndDisjoint() {
        List<KonecSentence> all = KonecData.all();
        int eval = KonecCorpus.eval(all).size();
        assertEquals(all.size(), eval + KonecCorpus.train(all).size());
        assertTrue(eval > all.size() * 0.17 && eval < all.size() * 0.23, "eval part " + eval + " of " + all.size());
        assertTrue(KonecCorpus.dev(all).stream().noneMatch(s -> KonecCorpus.isEval(s.id())));
    }
}
