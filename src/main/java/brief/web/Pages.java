package brief.web;

import brief.index.Hit;
import brief.index.Passage;
import brief.index.SearchResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The HTML of the three pages: search, a document's facts, a page of a document. No scripts, no external files. */
final class Pages {

    private static final String STYLE = """
            body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
            form{margin:1rem 0}input[type=search]{width:70%;font-size:1.1rem;padding:.3rem}
            .hit{margin:1rem 0}.meta{color:#555;font-size:.9rem}mark{background:#ffe27a}
            .facets a{margin-right:.8rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
            .error{color:#a00}pre{white-space:pre-wrap}""";

    private Pages() {
    }

    static String search(String query, Map<String, String> filters, Optional<SearchResult> result, Optional<String> error) {
        StringBuilder b = head(query.isEmpty() ? "brief search" : query + " – brief search");
        b.append("<form method=\"get\" action=\"/\"><input type=\"search\" name=\"q\" value=\"").append(Html.text(query))
                .append("\" autofocus> <button type=\"submit\">Search</button></form>\n");
        if (!filters.isEmpty()) {
            b.append("<p class=\"filters\">Filtered by ");
            filters.forEach((k, v) -> b.append(Html.text(k)).append(" = <b>").append(Html.text(v)).append("</b> "));
            b.append("<a href=\"/?q=").append(Html.param(query)).append("\">clear filters</a></p>\n");
        }
        error.ifPresent(e -> b.append("<p class=\"error\">").append(Html.text(e)).append("</p>\n"));
        result.ifPresent(r -> {
            b.append("<p id=\"total\">").append(r.total()).append(" passage(s) match</p>\n");
            for (Map.Entry<String, Map<String, Integer>> facet : r.facets().entrySet()) {
                if (facet.getValue().isEmpty()) {
                    continue;
                }
                b.append("<p class=\"facets\" id=\"facet-").append(Html.text(facet.getKey())).append("\">")
                        .append(Html.text(facet.getKey())).append(": ");
                facet.getValue().forEach((value, count) -> b.append("<a class=\"facet\" href=\"/?q=").append(Html.param(query))
                        .append(filterParams(filters, facet.getKey(), value)).append("\">").append(Html.text(value))
                        .append(" (").append(count).append(")</a>"));
                b.append("</p>\n");
            }
            b.append("<ol id=\"hits\">\n");
            for (Hit h : r.hits()) {
                b.append("<li class=\"hit\"><a href=\"/doc?id=").append(Html.param(h.id())).append("\">")
                        .append(Html.text(h.title())).append("</a> <span class=\"meta\">")
                        .append(Html.text(h.id())).append(", <a class=\"page\" href=\"/page?id=").append(Html.param(h.id()))
                        .append("&amp;n=").append(h.page()).append("#p").append(h.passage()).append("\">p.")
                        .append(h.page()).append("</a></span><br><span class=\"snippet\">").append(Html.snippet(h.snippet()))
                        .append("</span></li>\n");
            }
            b.append("</ol>\n");
        });
        return tail(b);
    }

    private static String filterParams(Map<String, String> filters, String key, String value) {
        StringBuilder p = new StringBuilder();
        filters.forEach((k, v) -> {
            if (!k.equals(key)) {
                p.append("&amp;").append(Html.param(k)).append('=').append(Html.param(v));
            }
        });
        return p.append("&amp;").append(Html.param(key)).append('=').append(Html.param(value)).toString();
    }

    /** A document's facts: one table per list, each mention's page a link to that page. */
    static String document(String id, JsonNode facts) {
        StringBuilder b = head(facts.path("document").path("title").asText(id));
        b.append("<p><a href=\"/\">search</a></p><h1>").append(Html.text(facts.path("document").path("title").asText(id)))
                .append("</h1>\n<p class=\"meta\">").append(Html.text(id)).append(", ")
                .append(facts.path("document").path("pages").asInt()).append(" pages</p>\n");
        for (String list : List.of("firms", "organizations", "dates", "amounts", "nodes")) {
            JsonNode entries = facts.path(list);
            if (!entries.isArray() || entries.isEmpty()) {
                continue;
            }
            b.append("<h2>").append(list).append("</h2>\n<table class=\"facts\" id=\"").append(list)
                    .append("\"><tr><th>fact</th><th>detail</th><th>as written</th><th>pages</th></tr>\n");
            for (JsonNode e : entries) {
                b.append("<tr><td>").append(Html.text(label(list, e))).append("</td><td>").append(Html.text(detail(list, e)))
                        .append("</td><td>").append(Html.text(e.path("mentions").path(0).path("text").asText("")))
                        .append("</td><td>");
                TreeSet<Integer> pages = new TreeSet<>();
                e.path("mentions").forEach(m -> pages.add(m.path("page").asInt()));
                for (int p : pages) {
                    b.append("<a href=\"/page?id=").append(Html.param(id)).append("&amp;n=").append(p).append("\">p.")
                            .append(p).append("</a> ");
                }
                b.append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return tail(b);
    }

    private static String label(String list, JsonNode e) {
        return switch (list) {
            case "firms", "organizations" -> e.path("name").asText();
            case "dates" -> e.path("value").asText();
            case "amounts" -> e.path("value").asText() + " " + e.path("currency").asText();
            case "nodes" -> e.path("nm").asText() + " nm";
            default -> e.toString();
        };
    }

    private static String detail(String list, JsonNode e) {
        return switch (list) {
            case "firms" -> e.path("country").asText("");
            case "organizations" -> e.path("kind").asText("") + " " + e.path("country").asText("");
            case "dates", "amounts" -> e.path("qualifier").asText("");
            default -> "";
        };
    }

    /** One page of a document: its passages, each with an anchor. */
    static String page(String id, int page, List<Passage> passages) {
        StringBuilder b = head(id + " p." + page);
        b.append("<p><a href=\"/\">search</a> · <a href=\"/doc?id=").append(Html.param(id)).append("\">facts of ")
                .append(Html.text(id)).append("</a></p><h1>").append(Html.text(id)).append(" p.").append(page).append("</h1>\n");
        for (Passage p : passages) {
            b.append("<pre id=\"p").append(p.ordinal()).append("\">").append(Html.text(p.text())).append("</pre>\n");
        }
        return tail(b);
    }

    static String notFound(String what) {
        return tail(head("not found").append("<p class=\"error\">").append(Html.text(what)).append("</p>"));
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.text(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
    }

    private static String tail(StringBuilder b) {
        return b.append("</body></html>\n").toString();
    }
}
