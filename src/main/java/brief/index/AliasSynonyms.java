package brief.index;

import brief.extract.Gazetteer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Query-time alias expansion: every strong name of a gazetteer entry means every other one
 * ({@code Foxconn} = {@code 폭스콘} = {@code 홍하이} = {@code Hon Hai}). Each alias is analysed with the
 * query chain it will meet ({@code Hon Hai} becomes two tokens), so multi-token names become paths of
 * the synonym graph. Weak aliases ({@code 미쓰비시}) name several bodies and are not expanded.
 */
final class AliasSynonyms {

    private AliasSynonyms() {
    }

    /** {@return the synonym map of {@code gazetteer}, each alias analysed by {@code base}} */
    static SynonymMap of(Gazetteer gazetteer, Analyzer base) {
        return map(groups(gazetteer, base));
    }

    /**
     * {@return the names of each gazetteer entry as {@code base} analyses them} One string per name, its
     * tokens separated by spaces; names that analyse to nothing are left out, repeats kept once. This
     * is the slow part (every alias through the analyzer), which the build does ahead of time.
     */
    static List<List<String>> groups(Gazetteer gazetteer, Analyzer base) {
        List<List<String>> out = new ArrayList<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            Set<String> names = new LinkedHashSet<>();
            List<String> all = new ArrayList<>(e.aliases());
            all.add(0, e.name());
            for (String alias : all) {
                String[] tokens = tokens(base, alias);
                if (tokens.length > 0) {
                    names.add(String.join(" ", tokens));
                }
            }
            out.add(List.copyOf(names));
        }
        return out;
    }

    /** {@return the synonym map where every name of a group means every other one} */
    static SynonymMap map(List<List<String>> groups) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        CharsRefBuilder scratch = new CharsRefBuilder();
        for (List<String> group : groups) {
            List<CharsRef> names = new ArrayList<>();
            for (String name : group) {
                names.add(CharsRef.deepCopyOf(SynonymMap.Builder.join(name.split(" "), scratch)));
            }
            for (CharsRef from : names) {
                for (CharsRef to : names) {
                    if (!from.equals(to)) {
                        builder.add(from, to, true);
                    }
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the alias synonyms", e);
        }
    }

    /** {@return the groups as text: one entry a line, its names separated by tabs} */
    static String text(List<List<String>> groups) {
        StringBuilder b = new StringBuilder();
        for (List<String> g : groups) {
            b.append(String.join("\t", g)).append('\n');
        }
        return b.toString();
    }

    /** {@return the groups of {@link #text}} */
    static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                out.add(line.isEmpty() ? List.of() : List.of(line.split("\t")));
            }
        }
        return out;
    }

    /**
     * {@return the same equivalences as synonym rules in the Solr format OpenSearch's
     * {@code synonym_graph} filter reads ({@code Foxconn, 폭스콘, 홍하이, Hon Hai}), one line per entry}
     * That filter analyses each name with the chain before it, as {@link #of} does with {@code base}.
     */
    static List<String> rules(Gazetteer gazetteer) {
        List<String> out = new ArrayList<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            Set<String> names = new LinkedHashSet<>();
            names.add(e.name());
            names.addAll(e.aliases());
            if (names.size() > 1) {
                out.add(String.join(", ", names.stream().map(AliasSynonyms::escape).toList()));
            }
        }
        return out;
    }

    /** Commas, backslashes and {@code =>} are the format's syntax. */
    private static String escape(String name) {
        return name.replace("\\", "\\\\").replace(",", "\\,").replace("=>", "=\\>");
    }

    private static String[] tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(BriefIndex.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing alias '" + text + "'", e);
        }
        return out.toArray(String[]::new);
    }
}
