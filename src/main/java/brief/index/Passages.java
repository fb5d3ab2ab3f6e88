package brief.index;

import brief.facts.Amount;
import brief.facts.DateFact;
import brief.facts.Facts;
import brief.facts.Firm;
import brief.facts.Mention;
import brief.facts.Node;
import brief.facts.Organization;
import brief.text.CleanText;
import brief.text.PageRange;
import brief.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's clean text into the passages the index holds: the blocks between blank lines of each
 * page (a paragraph, or a table with its rows), a short heading joined to the block after it. A
 * passage never crosses a page. Each carries the facts whose mentions lie inside it.
 */
public final class Passages {

    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    /** A heading: one short line without a full stop; it belongs with what follows it. */
    private static final int HEADING = 40;

    private Passages() {
    }

    /** {@return the passages of {@code text}, in order, with the facts of {@code facts}} */
    public static List<Passage> of(CleanText text, Facts facts) {
        List<Passage> out = new ArrayList<>();
        for (PageRange page : text.pages()) {
            for (Span span : blocks(text.text(), page.span())) {
                out.add(new Passage(facts.document().id(), facts.document().title(), facts.document().sha256(),
                        page.page(), out.size(), span.of(text.text()), tags(facts, span), facts.document().language()));
            }
        }
        return out;
    }

    static List<Span> blocks(String text, Span page) {
        List<Span> raw = new ArrayList<>();
        String pageText = page.of(text);
        Matcher m = BLOCK_BREAK.matcher(pageText);
        int from = 0;
        while (m.find()) {
            new Span(page.start() + from, page.start() + m.start()).strip(text).ifPresent(raw::add);
            from = m.end();
        }
        new Span(page.start() + from, page.end()).strip(text).ifPresent(raw::add);
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < raw.size(); i++) {
            Span s = raw.get(i);
            if (start < 0) {
                start = s.start();
            }
            String block = s.of(text);
            boolean heading = block.length() <= HEADING && !block.contains("\n") && !block.endsWith(".");
            if (!heading || i == raw.size() - 1) {
                out.add(new Span(start, s.end()));
                start = -1;
            }
        }
        return out;
    }

    private static Passage.Tags tags(Facts f, Span span) {
        Predicate<List<Mention>> inside = ms -> ms.stream().anyMatch(m -> m.start() >= span.start() && m.end() <= span.end());
        TreeSet<String> firms = new TreeSet<>();
        TreeSet<String> countries = new TreeSet<>();
        for (Firm firm : f.firms()) {
            if (inside.test(firm.mentions())) {
                firms.add(firm.name());
                firm.country().ifPresent(countries::add);
            }
        }
        for (Organization o : f.organizations()) {
            if (inside.test(o.mentions())) {
                o.country().ifPresent(countries::add);
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (DateFact d : f.dates()) {
            if (inside.test(d.mentions())) {
                years.add(Integer.parseInt(d.value().substring(0, 4)));
            }
        }
        TreeSet<BigDecimal> nm = new TreeSet<>();
        for (Node n : f.nodes()) {
            if (inside.test(n.mentions())) {
                nm.add(n.nm());
            }
        }
        TreeSet<Long> yen = new TreeSet<>();
        for (Amount a : f.amounts()) {
            if (a.currency().equals("JPY") && inside.test(a.mentions())) {
                yen.add(a.value());
            }
        }
        return new Passage.Tags(List.copyOf(firms), List.copyOf(countries), List.copyOf(years), List.copyOf(nm),
                List.copyOf(yen));
    }

    static Optional<Passage> at(List<Passage> passages, String id, int ordinal) {
        return passages.stream().filter(p -> p.docId().equals(id) && p.ordinal() == ordinal).findFirst();
    }
}
