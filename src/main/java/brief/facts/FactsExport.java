package brief.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every fact of many documents in one file. {@code json}: an array of the documents' fact objects as
 * they are. {@code jsonl} and {@code csv}: one row per fact (a firm, a date, an amount...), with its
 * document, list, display name, value and details, first page and number of mentions. CSV starts with
 * a byte-order mark so that Excel reads it as UTF-8 and shows Korean intact.
 */
public final class FactsExport {

    public enum Format { JSON, JSONL, CSV }

    static final List<String> COLUMNS = List.of("document", "list", "name", "value", "currency", "qualifier",
            "country", "kind", "text", "aliases", "first_page", "mentions", "period");

    public void write(List<JsonNode> documents, Format format, Writer out) throws IOException {
        switch (format) {
            case JSON -> {
                ArrayNode all = FactsJson.mapper().createArrayNode();
                documents.forEach(all::add);
                out.write(FactsJson.write(all));
            }
            case JSONL -> {
                var oneLine = FactsJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
                for (Map<String, String> row : rows(documents)) {
                    out.write(oneLine.writeValueAsString(row));
                    out.write('\n');
                }
            }
            case CSV -> {
                out.write('\uFEFF');
                // not closed here: the caller owns {@code out}
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder()
                        .setHeader(COLUMNS.toArray(String[]::new)).get());
                for (Map<String, String> row : rows(documents)) {
                    csv.printRecord(COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList());
                }
                csv.flush();
            }
        }
        out.flush();
    }

    /** {@return one row per fact, in document order and list order} */
    static List<Map<String, String>> rows(List<JsonNode> documents) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode doc : documents) {
            String id = doc.path("document").path("id").asText();
            for (String list : List.of("firms", "organizations", "dates", "amounts", "nodes", "relations")) {
                for (JsonNode fact : doc.path(list)) {
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    row.put("document", id);
                    row.put("list", list);
                    row.put("name", fact.path("name").asText(display(list, fact)));
                    row.put("value", fact.has("value") ? fact.get("value").asText() : fact.path("nm").asText(""));
                    row.put("currency", fact.path("currency").asText(""));
                    row.put("qualifier", fact.path("qualifier").asText(""));
                    row.put("country", fact.path("country").asText(""));
                    row.put("kind", list.equals("relations") ? fact.path("type").asText("") : fact.path("kind").asText(""));
                    row.put("text", list.equals("relations") ? relationText(fact) : fact.path("text").asText(""));
                    List<String> aliases = new ArrayList<>();
                    fact.path("aliases").forEach(a -> aliases.add(a.asText()));
                    row.put("aliases", String.join("; ", aliases));
                    JsonNode mentions = fact.path("mentions");
                    row.put("first_page", mentions.isEmpty() ? "" : mentions.get(0).path("page").asText());
                    row.put("mentions", Integer.toString(mentions.size()));
                    row.put("period", fact.path("period").asText(""));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String display(String list, JsonNode fact) {
        return switch (list) {
            case "nodes" -> fact.path("nm").asText() + "nm";
            case "amounts" -> fact.path("value").asText() + " " + fact.path("currency").asText();
            case "dates" -> fact.path("value").asText();
            default -> fact.path("type").asText("");
        };
    }

    private static String relationText(JsonNode fact) {
        ObjectNode copy = fact.deepCopy();
        copy.remove("type");
        StringBuilder sb = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = copy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(e.getKey()).append('=').append(e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
        }
        return sb.toString();
    }
}
