package brief.index;

import brief.extract.AmountExtractor;
import brief.extract.AmountMention;
import brief.extract.Gazetteer;
import brief.extract.NodeExtractor;
import brief.extract.NodeMention;
import brief.nlp.AnalyzedText;
import brief.text.CleanText;
import brief.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query text before the classic parser reads it. Numbers by what they mean: the fact extractors
 * read the query as they read a brief, and each process node or sum in yen they find becomes "this
 * value or these words" ({@code 3nm} becomes {@code (nm:3 OR "3nm")}), so {@code 3nm} finds a passage
 * that wrote {@code 3나노미터(nm)}. Names of several words that the gazetteer knows ({@code Hon Hai},
 * {@code Mitsubishi Motors}) are quoted, so the parser, which splits on white space, hands them whole
 * to the synonym graph. Text already inside quotes is left alone.
 */
final class QueryRewriter {

    private static final NodeExtractor NODES = new NodeExtractor();
    private static final AmountExtractor AMOUNTS = new AmountExtractor();

    private record Rewrite(Span span, Set<String> clauses) {
    }

    private QueryRewriter() {
    }

    /** {@return {@code query} with its numbers also matched by value and its multi-word names quoted} */
    static String rewrite(String query) {
        return quoteNames(numbers(query));
    }

    static String quoteNames(String query) {
        StringBuilder out = new StringBuilder(query);
        List<Gazetteer.Match> matches = new ArrayList<>(Gazetteer.standard().find(query));
        matches.sort((x, y) -> Integer.compare(y.span().start(), x.span().start()));
        for (Gazetteer.Match m : matches) {
            String name = m.span().of(query);
            if (!m.weak() && name.contains(" ") && name.matches("[\\p{L}\\p{N} .&-]+")
                    && !insideQuotes(query, m.span().start())) {
                out.replace(m.span().start(), m.span().end(), "\"" + name + "\"");
            }
        }
        return out.toString();
    }

    static String numbers(String query) {
        AnalyzedText text = new AnalyzedText(CleanText.ofSinglePage(query), List.of(), List.of());
        List<Rewrite> rewrites = new ArrayList<>();
        for (NodeMention n : NODES.extract(text)) {
            add(rewrites, n.span(), BriefIndex.NM + ":" + BriefIndex.nm(n.nm()));
        }
        for (AmountMention a : AMOUNTS.extract(text)) {
            if (a.currency().equals("JPY")) {
                add(rewrites, a.span(), BriefIndex.YEN + ":" + a.value());
            }
        }
        rewrites.sort((x, y) -> Integer.compare(y.span().start(), x.span().start()));
        StringBuilder out = new StringBuilder(query);
        int lastStart = Integer.MAX_VALUE;
        for (Rewrite r : rewrites) {
            if (r.span().end() > lastStart || insideQuotes(query, r.span().start())) {
                continue;
            }
            String words = r.span().of(query).replace("\"", "");
            out.replace(r.span().start(), r.span().end(),
                    "(" + String.join(" OR ", r.clauses()) + " OR \"" + words + "\")");
            lastStart = r.span().start();
        }
        return out.toString();
    }

    private static void add(List<Rewrite> rewrites, Span span, String clause) {
        for (Rewrite r : rewrites) {
            if (r.span().equals(span)) {
                r.clauses().add(clause);
                return;
            }
        }
        Set<String> clauses = new LinkedHashSet<>();
        clauses.add(clause);
        rewrites.add(new Rewrite(span, clauses));
    }

    private static boolean insideQuotes(String query, int offset) {
        return query.substring(0, offset).chars().filter(c -> c == '"').count() % 2 == 1;
    }
}
