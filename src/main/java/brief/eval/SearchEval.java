package brief.eval;

import brief.index.Analysis;
import brief.index.BriefIndex;
import brief.index.Hit;
import brief.index.Passage;
import brief.index.SearchEngine;
import brief.index.Searcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranking quality of one {@link Analysis} on a judged query set: the passages are indexed afresh with
 * that analysis, every query is run once for the figures, then timed on the warm index.
 *
 * <p>MRR: the mean of 1/rank of the first relevant hit (0 when none in the top 10). nDCG@10: binary
 * gains, discount log2(rank + 1), ideal = all relevant passages first. Recall@10: the relevant
 * passages in the top 10 over all relevant passages of the corpus.
 */
public final class SearchEval {

    /** The figures of one configuration; {@code missedTop3} names the queries without a relevant hit in the top 3. */
    public record Scores(String name, double mrr, double ndcg10, double recall10, List<String> missedTop3,
                         double medianMillis, double p99Millis) {
        public Scores {
            missedTop3 = List.copyOf(missedTop3);
        }
    }

    private static final int K = 10;
    private static final int TIMED_ROUNDS = 5;

    private SearchEval() {
    }

    /**
     * Scores each document's passages on their own and averages over documents. The judged corpus is one
     * brief typeset several ways: pooled, its copies would crowd each other out of the top ranks and the
     * figures would measure duplication, not ranking.
     */
    public static Scores runPerDocument(Analysis analysis, List<Passage> passages, List<Judgments.Query> queries,
                                        Path dir) {
        Map<String, List<Passage>> byDoc = new LinkedHashMap<>();
        passages.forEach(p -> byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p));
        List<Scores> each = new ArrayList<>();
        for (Map.Entry<String, List<Passage>> e : byDoc.entrySet()) {
            Scores s = run(analysis, e.getValue(), queries, dir.resolve(e.getKey()));
            each.add(new Scores(s.name(), s.mrr(), s.ndcg10(), s.recall10(),
                    s.missedTop3().stream().map(m -> m + " in " + e.getKey()).toList(), s.medianMillis(), s.p99Millis()));
        }
        return new Scores(analysis.name(), mean(each, Scores::mrr), mean(each, Scores::ndcg10),
                mean(each, Scores::recall10), each.stream().flatMap(s -> s.missedTop3().stream()).toList(),
                mean(each, Scores::medianMillis), each.stream().mapToDouble(Scores::p99Millis).max().orElse(0));
    }

    private static double mean(List<Scores> scores, java.util.function.ToDoubleFunction<Scores> f) {
        return scores.stream().mapToDouble(f).average().orElse(0);
    }

    /** Indexes {@code passages} under {@code dir} with {@code analysis} and scores {@code queries} on it. */
    public static Scores run(Analysis analysis, List<Passage> passages, List<Judgments.Query> queries, Path dir) {
        BriefIndex index = new BriefIndex(dir.resolve(analysis.name()), analysis);
        Map<String, List<Passage>> byDoc = new LinkedHashMap<>();
        passages.forEach(p -> byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p));
        byDoc.forEach(index::replace);
        try (Searcher searcher = new Searcher(index)) {
            return score(analysis.name(), searcher, passages, queries);
        }
    }

    /**
     * Scores {@code queries} on an engine that holds {@code passages} (and nothing else), then times
     * them warm: the same figures for the local index and an OpenSearch cluster.
     */
    public static Scores score(String name, SearchEngine engine, List<Passage> passages,
                               List<Judgments.Query> queries) {
        return score(name, engine, passages, queries, true);
    }

    /** As {@link #score(String, SearchEngine, List, List)}, without the timed rounds unless {@code timed}. */
    public static Scores score(String name, SearchEngine engine, List<Passage> passages,
                               List<Judgments.Query> queries, boolean timed) {
        Map<String, String> texts = new HashMap<>();
        passages.forEach(p -> texts.put(p.docId() + "#" + p.ordinal(), p.text()));
        double mrr = 0;
        double ndcg = 0;
        double recall = 0;
        List<String> missed = new ArrayList<>();
        for (Judgments.Query q : queries) {
            List<Hit> hits = engine.search(q.text(), K).hits();
            long relevantInCorpus = passages.stream().filter(p -> q.relevant(p.text())).count();
            if (relevantInCorpus == 0) {
                throw new IllegalArgumentException("query '" + q.text() + "': no passage holds its evidence");
            }
            double dcg = 0;
            int found = 0;
            int first = 0;
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                if (q.relevant(texts.get(h.id() + "#" + h.passage()))) {
                    dcg += 1 / log2(i + 2);
                    found++;
                    if (first == 0) {
                        first = i + 1;
                    }
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(K, relevantInCorpus); i++) {
                ideal += 1 / log2(i + 2);
            }
            mrr += first == 0 ? 0 : 1.0 / first;
            ndcg += dcg / ideal;
            recall += (double) found / relevantInCorpus;
            if (first == 0 || first > 3) {
                missed.add(q.text() + (first == 0 ? " (none)" : " (rank " + first + ")"));
            }
        }
        double[] millis = timed ? time(engine, queries) : new double[] {0};
        int n = queries.size();
        return new Scores(name, mrr / n, ndcg / n, recall / n, missed, percentile(millis, 50), percentile(millis, 99));
    }

    /** Warm-up round, then every query {@link #TIMED_ROUNDS} times: milliseconds per search. */
    private static double[] time(SearchEngine searcher, List<Judgments.Query> queries) {
        queries.forEach(q -> searcher.search(q.text(), K));
        double[] out = new double[queries.size() * TIMED_ROUNDS];
        int i = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (Judgments.Query q : queries) {
                long start = System.nanoTime();
                searcher.search(q.text(), K);
                out[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        return out;
    }

    /** {@return the nearest-rank percentile {@code p} of {@code values}} */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
