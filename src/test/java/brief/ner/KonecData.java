package brief.ner;

import java.util.List;

/** The konec data for tests: read once; a missing file fails the test that needs it, naming the path. */
final class KonecData {

    private static List<KonecSentence> all;

    private KonecData() {
    }

    static synchronized List<KonecSentence> all() {
        if (all == null) {
            all = KonecCorpus.read(KonecCorpus.DEFAULT_TSV);
        }
        return all;
    }
}
