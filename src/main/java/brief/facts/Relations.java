package brief.facts;

import brief.extract.AmountMention;
import brief.extract.DateMention;
import brief.extract.Entity;
import brief.extract.EntityKind;
import brief.extract.EntityMention;
import brief.extract.NodeMention;
import brief.extract.Qualifier;
import brief.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Relations read from the tables of a brief (rows of tab-separated cells in the clean text), using the
 * mentions the extractors found inside each cell.
 * <ul>
 * <li>cooperation: a row with a year cell, a cell naming two or more firms, and a cell saying what
 * they do together (the longest other cell);</li>
 * <li>fab: a table whose header cells after the first name plants ({@code 공장}, {@code 팹}, fab,
 * {@code 라인}); each such column is one fab, its rows read by their label (location, process, start,
 * investment, subsidy), its operator the firm named in the caption line above the table.</li>
 * </ul>
 */
public final class Relations {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern PLANT = Pattern.compile(".*(공장|팹|[Ff]ab|라인|Line).*");

    /** Everything found in one document, as the extractors left it. */
    public record Mentions(List<Entity> entities, List<DateMention> dates, List<AmountMention> amounts,
                           List<NodeMention> nodes) {
    }

    private record Cell(String text, Span span) {
    }

    public List<Relation> find(String text, Mentions mentions) {
        List<Relation> out = new ArrayList<>();
        Inside m = new Inside(mentions);
        for (List<List<Cell>> table : tables(text)) {
            cooperations(table, m, out);
            fabs(text, table, m, out);
        }
        return out;
    }

    /** The mentions, indexed once by where they stand, and the name of each firm mention's entity. */
    private static final class Inside {
        final SpansInside<EntityMention> firms;
        final java.util.Map<EntityMention, String> names = new java.util.HashMap<>();
        final SpansInside<AmountMention> amounts;
        final SpansInside<DateMention> dates;
        final SpansInside<NodeMention> nodes;

        Inside(Mentions m) {
            List<EntityMention> firm = new ArrayList<>();
            for (Entity e : m.entities()) {
                if (e.kind() == EntityKind.FIRM) {
                    firm.addAll(e.mentions());
                }
                e.mentions().forEach(x -> names.putIfAbsent(x, e.name())); // the first entity holding it
            }
            firms = new SpansInside<>(firm, EntityMention::span);
            amounts = new SpansInside<>(m.amounts(), AmountMention::span);
            dates = new SpansInside<>(m.dates(), DateMention::span);
            nodes = new SpansInside<>(m.nodes(), NodeMention::span);
        }
    }

    private static void cooperations(List<List<Cell>> table, Inside m, List<Relation> out) {
        for (List<Cell> row : table) {
            Optional<Cell> year = row.stream().filter(c -> YEAR.matcher(c.text().strip()).matches()).findFirst();
            Optional<Cell> parties = row.stream().filter(c -> firmsIn(c.span(), m).size() >= 2).findFirst();
            if (year.isEmpty() || parties.isEmpty()) {
                continue;
            }
            Optional<Cell> subject = row.stream().filter(c -> c != year.get() && c != parties.get())
                    .max((a, b) -> Integer.compare(a.text().length(), b.text().length()));
            out.add(new Relation.Cooperation(Optional.of(Integer.parseInt(year.get().text().strip())),
                    firmsIn(parties.get().span(), m), subject.map(Cell::text).orElse("")));
        }
    }

    private static void fabs(String text, List<List<Cell>> table, Inside m, List<Relation> out) {
        List<Cell> header = table.get(0);
        Optional<String> operator = caption(text, header.get(0).span().start())
                .flatMap(span -> firmsIn(span, m).stream().findFirst());
        if (operator.isEmpty()) {
            return;
        }
        for (int col = 1; col < header.size(); col++) {
            if (!PLANT.matcher(header.get(col).text()).matches()) {
                continue;
            }
            Optional<String> site = Optional.empty();
            List<BigDecimal> nodes = new ArrayList<>();
            Optional<DateMention> start = Optional.empty();
            Optional<Money> investment = Optional.empty();
            Optional<Money> subsidy = Optional.empty();
            for (List<Cell> row : table.subList(1, table.size())) {
                if (row.size() <= col) {
                    continue;
                }
                String label = row.get(0).text().replace(" ", "");
                Cell cell = row.get(col);
                if (label.matches(".*(위치|소재지|부지|지역).*")) {
                    site = Optional.of(cell.text().replaceFirst("\\(.*", "").strip()).filter(s -> !s.isEmpty());
                } else if (label.matches(".*(공정|노드).*")) {
                    m.nodes.inside(cell.span()).stream().map(NodeMention::nm).forEach(nodes::add);
                } else if (label.matches(".*(가동|양산|시점|완공|착공).*")) {
                    start = m.dates.inside(cell.span()).stream().findFirst();
                } else if (label.matches(".*(보조금|지원).*")) {
                    subsidy = money(cell, m);
                } else if (label.matches(".*(투자|규모|비용).*")) {
                    investment = money(cell, m);
                }
            }
            out.add(new Relation.Fab(operator.get(), site, Optional.of(header.get(col).text().strip()),
                    nodes.stream().distinct().sorted().toList(), start.map(DateMention::value),
                    start.flatMap(DateMention::qualifier).filter(q -> !q.isPeriod()).map(Qualifier::json), investment, subsidy));
        }
    }

    private static Optional<Money> money(Cell cell, Inside m) {
        return m.amounts.inside(cell.span()).stream().findFirst().map(a -> new Money(a.currency(), a.value()));
    }

    /** {@return canonical names of the firms mentioned inside {@code span}, in order, once each} */
    private static List<String> firmsIn(Span span, Inside m) {
        List<EntityMention> inside = new ArrayList<>(m.firms.inside(span));
        List<String> names = new ArrayList<>();
        inside.sort((a, b) -> a.span().compareTo(b.span()));
        for (EntityMention x : inside) {
            String name = m.names.get(x); // every firm mention's entity is among them
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** {@return the span of the non-empty line just above offset {@code start}, when it is not a table row} */
    private static Optional<Span> caption(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = text.lastIndexOf('\n', end - 1) + 1;
        String line = text.substring(begin, end);
        return line.isBlank() || line.contains("\t") ? Optional.empty() : Optional.of(new Span(begin, end));
    }

    /** {@return every table: runs of consecutive lines holding a tab, each row its cells with their spans} */
    private static List<List<List<Cell>>> tables(String text) {
        List<List<List<Cell>>> tables = new ArrayList<>();
        List<List<Cell>> current = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.contains("\t")) {
                List<Cell> row = new ArrayList<>();
                int cellStart = lineStart;
                for (String cell : line.split("\t", -1)) {
                    row.add(new Cell(cell, new Span(cellStart, cellStart + cell.length())));
                    cellStart += cell.length() + 1;
                }
                current.add(row);
            } else if (!current.isEmpty()) {
                tables.add(current);
                current = new ArrayList<>();
            }
            lineStart = lineEnd + 1;
        }
        if (!current.isEmpty()) {
            tables.add(current);
        }
        return tables;
    }
}
