package brief.web;

import brief.facts.FactFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The front page's table: every document the fact folder holds, with its title, publication date, pages
 * and the number of facts of each list, sorted by a column the user picks.
 */
final class DocumentList {

    static final List<String> LISTS = List.of("firms", "organizations", "dates", "amounts", "nodes");

    /** One document; {@code counts} in the order of {@link #LISTS}. */
    record Row(String id, String title, String published, int pages, List<Integer> counts) {
        int facts() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The columns one can sort by; {@code ascending} is the direction of the first click. */
    enum Sort {
        TITLE(true), PUBLISHED(false), PAGES(false), FACTS(false), ID(true);

        final boolean ascending;

        Sort(boolean ascending) {
            this.ascending = ascending;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort of(String key) {
            for (Sort s : values()) {
                if (s.key().equals(key)) {
                    return s;
                }
            }
            return PUBLISHED;
        }

        Comparator<Row> comparator() {
            Comparator<Row> c = switch (this) {
                case TITLE -> Comparator.comparing(Row::title);
                case PUBLISHED -> Comparator.comparing(Row::published);
                case PAGES -> Comparator.comparingInt(Row::pages);
                case FACTS -> Comparator.comparingInt(Row::facts);
                case ID -> Comparator.comparing(Row::id);
            };
            return c.thenComparing(Row::id);
        }
    }

    private DocumentList() {
    }

    /** {@return the documents of {@code facts}, sorted by {@code sort}, reversed when {@code descending}} */
    static List<Row> rows(FactFiles facts, Sort sort, boolean descending) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode f : facts.readAll()) {
            JsonNode d = f.path("document");
            rows.add(new Row(d.path("id").asText(), d.path("title").asText(d.path("id").asText()),
                    d.path("published").asText(""), d.path("pages").asInt(),
                    LISTS.stream().map(l -> f.path(l).size()).toList()));
        }
        Comparator<Row> c = sort.comparator();
        rows.sort(descending ? c.reversed() : c);
        return rows;
    }
}
