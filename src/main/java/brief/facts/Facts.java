package brief.facts;

import java.util.List;

/**
 * Everything one document yields, in the {@code brief-facts/1} shape of {@code shared/spec/facts.md}.
 * {@code notes} (an addition to the shape) says what was not looked for, and why: extractors that do
 * not apply to the document's language.
 */
public record Facts(String schema, DocumentInfo document, List<Firm> firms, List<Organization> organizations,
                    List<DateFact> dates, List<Amount> amounts, List<Node> nodes, List<Relation> relations,
                    List<String> notes) {

    public static final String SCHEMA = "brief-facts/1";

    public Facts {
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("unknown schema '" + schema + "', expected " + SCHEMA);
        }
        firms = List.copyOf(firms);
        organizations = List.copyOf(organizations);
        dates = List.copyOf(dates);
        amounts = List.copyOf(amounts);
        nodes = List.copyOf(nodes);
        relations = List.copyOf(relations);
        notes = List.copyOf(notes);
    }
}
