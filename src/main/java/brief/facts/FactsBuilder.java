package brief.facts;

import brief.extract.AmountMention;
import brief.extract.DateMention;
import brief.extract.Entity;
import brief.extract.EntityKind;
import brief.extract.EntityMention;
import brief.extract.NodeMention;
import brief.extract.Qualifier;
import brief.nlp.AnalyzedText;
import brief.text.CleanText;
import brief.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mentions to facts: one entry per thing (a date per value and qualifier, an amount per currency and
 * value, a node per nm, a firm or organization per entity), in order of first mention, each with every
 * mention as text, page and offsets into the clean text.
 */
public final class FactsBuilder {

    private final AnalyzedText analyzed;
    private final java.util.Set<Integer> ocrPages;

    /** @param analyzed the text the mentions point into, with its sentences */
    public FactsBuilder(AnalyzedText analyzed) {
        this(analyzed, java.util.Set.of());
    }

    /** @param ocrPages pages read by OCR: their mentions say so ({@code read_by: "ocr"}) */
    public FactsBuilder(AnalyzedText analyzed, java.util.Set<Integer> ocrPages) {
        this.analyzed = analyzed;
        this.ocrPages = java.util.Set.copyOf(ocrPages);
    }

    public Facts build(DocumentInfo info, List<Entity> entities, List<DateMention> dates,
                       List<AmountMention> amounts, List<NodeMention> nodes, List<Relation> relations,
                       List<String> notes) {
        List<Firm> firms = new ArrayList<>();
        List<Organization> orgs = new ArrayList<>();
        for (Entity e : entities) {
            List<String> aliases = e.aliases().stream().filter(a -> !a.equals(e.name())).distinct().toList();
            List<Mention> mentions = spans(e.mentions().stream().map(EntityMention::span).toList());
            if (e.kind() == EntityKind.FIRM) {
                firms.add(new Firm(e.name(), e.country(), aliases, mentions));
            } else {
                orgs.add(new Organization(e.name(), e.orgKind(), e.country(), aliases, mentions));
            }
        }
        return new Facts(Facts.SCHEMA, info, firms, orgs, dateFacts(dates), amountFacts(amounts),
                nodeFacts(nodes), relations, notes);
    }

    private Mention mention(Span span) {
        CleanText clean = analyzed.clean();
        // a mention runs over a sentence end only when a rule reads across one; it then keeps both sentences
        Span first = analyzed.sentenceAt(span.start());
        Span last = analyzed.sentenceAt(Math.max(span.start(), span.end() - 1));
        int page = clean.pageAt(span.start());
        return new Mention(span.of(clean.text()), page, span.start(), span.end(),
                Math.min(first.start(), span.start()), Math.max(last.end(), span.end()),
                ocrPages.contains(page) ? Optional.of("ocr") : Optional.empty());
    }

    private List<DateFact> dateFacts(List<DateMention> dates) {
        Map<String, List<DateMention>> groups = new LinkedHashMap<>();
        for (DateMention d : dates) {
            groups.computeIfAbsent(d.value() + "/" + d.qualifier().map(Qualifier::json).orElse(""),
                    k -> new ArrayList<>()).add(d);
        }
        return groups.values().stream().map(g -> {
            Optional<Qualifier> q = g.get(0).qualifier();
            return new DateFact(g.get(0).value(), q.filter(k -> !k.isPeriod()).map(Qualifier::json),
                    q.filter(Qualifier::isPeriod).map(Qualifier::json), g.get(0).text(),
                    spans(g.stream().map(DateMention::span).toList()));
        }).toList();
    }

    private List<Amount> amountFacts(List<AmountMention> amounts) {
        Map<String, List<AmountMention>> groups = new LinkedHashMap<>();
        for (AmountMention a : amounts) {
            groups.computeIfAbsent(a.currency() + " " + a.value(), k -> new ArrayList<>()).add(a);
        }
        return groups.values().stream().map(g -> {
            Optional<String> qualifier = g.stream().flatMap(a -> a.qualifier().stream()).findFirst().map(Qualifier::json);
            return new Amount(g.get(0).currency(), g.get(0).value(), qualifier, g.get(0).text(),
                    spans(g.stream().map(AmountMention::span).toList()));
        }).toList();
    }

    private List<Node> nodeFacts(List<NodeMention> nodes) {
        Map<BigDecimal, List<NodeMention>> groups = new LinkedHashMap<>();
        for (NodeMention n : nodes) {
            groups.computeIfAbsent(NodeMention.normalize(n.nm()), k -> new ArrayList<>()).add(n);
        }
        return groups.entrySet().stream().map(e -> {
            List<NodeMention> g = e.getValue();
            Optional<List<BigDecimal>> range = g.stream().flatMap(n -> n.range().stream()).findFirst()
                    .map(r -> List.of(NodeMention.normalize(r.from()), NodeMention.normalize(r.to())));
            return new Node(e.getKey(), g.get(0).text(), range, spans(g.stream().map(NodeMention::span).toList()));
        }).toList();
    }

    /** Mentions of distinct spans, in text order (a list like 12·16nm gives several values one span). */
    private List<Mention> spans(List<Span> spans) {
        return spans.stream().distinct().sorted().map(this::mention).toList();
    }
}
