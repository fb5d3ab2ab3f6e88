package brief.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts of firms and years over every passage a query matches (not only the hits shown), read from
 * doc values. Reduced to maps ordered by count, then name.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Integer>>> {

    static final class Counter extends SimpleCollector {
        final Map<String, Integer> firms = new HashMap<>();
        final Map<String, Integer> years = new HashMap<>();
        private SortedSetDocValues firmValues;
        private SortedNumericDocValues yearValues;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            firmValues = DocValues.getSortedSet(context.reader(), BriefIndex.FIRM);
            yearValues = DocValues.getSortedNumeric(context.reader(), BriefIndex.YEAR);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (firmValues.advanceExact(doc)) {
                for (int i = 0; i < firmValues.docValueCount(); i++) {
                    firms.merge(firmValues.lookupOrd(firmValues.nextOrd()).utf8ToString(), 1, Integer::sum);
                }
            }
            if (yearValues.advanceExact(doc)) {
                for (int i = 0; i < yearValues.docValueCount(); i++) {
                    years.merge(Long.toString(yearValues.nextValue()), 1, Integer::sum);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, Map<String, Integer>> reduce(Collection<Counter> counters) {
        Map<String, Integer> firms = new HashMap<>();
        Map<String, Integer> years = new HashMap<>();
        for (Counter c : counters) {
            c.firms.forEach((k, v) -> firms.merge(k, v, Integer::sum));
            c.years.forEach((k, v) -> years.merge(k, v, Integer::sum));
        }
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        out.put("firm", ordered(firms));
        out.put("year", ordered(years));
        return out;
    }

    private static Map<String, Integer> ordered(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
