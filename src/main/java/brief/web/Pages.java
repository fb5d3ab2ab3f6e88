package brief.web;

import brief.index.Hit;
import brief.index.Passage;
import brief.index.SearchResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The HTML of the pages: the front page (documents), results, a document's facts, a page view. No
 * scripts, no external files; every text goes through {@link Html}. Korean text breaks between words
 * only ({@code word-break: keep-all}), never inside one.
 */
final class Pages {

    /** Results (folded groups) per page. */
    static final int PAGE_SIZE = 10;

    private static final String STYLE = """
            body{font-family:sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem;line-height:1.5;\
            word-break:keep-all;overflow-wrap:anywhere}
            form{margin:1rem 0}input[type=search]{width:60%;font-size:1.1rem;padding:.3rem}
            .hit{margin:1rem 0}.meta{color:#555;font-size:.9rem}mark{background:#ffe27a}
            .facets a{margin-right:.8rem}.facet.selected{background:#1a5fb4;color:#fff;padding:0 .4rem;border-radius:.3rem;text-decoration:none}
            .chip{background:#e8eefa;border-radius:.3rem;padding:0 .4rem;margin-right:.5rem}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
            th{white-space:nowrap}th a{text-decoration:none}.num{text-align:right}
            .copies{color:#555;font-size:.85rem;margin-left:1rem}.pager a,.pager b{margin-right:.6rem}
            .error{color:#a00}.view{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
            .view img{width:100%;border:1px solid #ccc}.passage{white-space:pre-wrap;margin:0 0 .8rem 0}
            .passage:target{outline:2px solid #e6a100}""";

    private Pages() {
    }

    /** The front page: a search box and the documents as a table sortable by each column. */
    static String front(List<DocumentList.Row> rows, DocumentList.Sort sort, boolean descending) {
        StringBuilder b = head("brief");
        searchForm(b, "", false);
        b.append("<h1>").append(rows.size()).append(" document(s)</h1>\n<table id=\"documents\"><tr>");
        sortHeader(b, "title", DocumentList.Sort.TITLE, sort, descending);
        sortHeader(b, "published", DocumentList.Sort.PUBLISHED, sort, descending);
        sortHeader(b, "pages", DocumentList.Sort.PAGES, sort, descending);
        sortHeader(b, "facts", DocumentList.Sort.FACTS, sort, descending);
        for (String list : DocumentList.LISTS) {
            b.append("<th>").append(list).append("</th>");
        }
        sortHeader(b, "id", DocumentList.Sort.ID, sort, descending);
        b.append("</tr>\n");
        for (DocumentList.Row r : rows) {
            b.append("<tr class=\"document\"><td><a href=\"/doc?id=").append(Html.param(r.id())).append("\">")
                    .append(Html.text(r.title())).append("</a></td><td>").append(Html.text(r.published()))
                    .append("</td><td class=\"num\">").append(r.pages()).append("</td><td class=\"num\">").append(r.facts())
                    .append("</td>");
            r.counts().forEach(c -> b.append("<td class=\"num\">").append(c).append("</td>"));
            b.append("<td class=\"meta\">").append(Html.text(r.id())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        return tail(b);
    }

    private static void sortHeader(StringBuilder b, String label, DocumentList.Sort column, DocumentList.Sort sort,
                                   boolean descending) {
        boolean current = column == sort;
        boolean nextDescending = current ? !descending : !column.ascending;
        b.append("<th><a href=\"/?sort=").append(column.key()).append("&amp;order=")
                .append(nextDescending ? "desc" : "asc").append("\">").append(label)
                .append(current ? (descending ? " ▼" : " ▲") : "").append("</a></th>");
    }

    private static void searchForm(StringBuilder b, String query, boolean syntax) {
        b.append("<form method=\"get\" action=\"/\"><a href=\"/\">brief</a> <input type=\"search\" name=\"q\" value=\"")
                .append(Html.text(query)).append("\" autofocus> <button type=\"submit\">Search</button> <label>")
                .append("<input type=\"checkbox\" name=\"syntax\" value=\"1\"").append(syntax ? " checked" : "")
                .append("> query syntax</label></form>\n");
    }

    /** A request of the search page: query, filters in the order given, syntax or plain, page of results. */
    record Request(String query, Map<String, String> filters, boolean syntax, int page) {
        Request {
            filters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filters));
        }

        /** {@return the URL of this request with {@code key} set to {@code value} (or removed when empty), on page 1} */
        String with(String key, Optional<String> value) {
            Map<String, String> f = new java.util.LinkedHashMap<>(filters);
            f.remove(key);
            value.ifPresent(v -> f.put(key, v));
            return new Request(query, f, syntax, 1).url();
        }

        String atPage(int n) {
            return new Request(query, filters, syntax, n).url();
        }

        String url() {
            StringBuilder u = new StringBuilder("/?q=").append(Html.param(query));
            filters.forEach((k, v) -> u.append('&').append(Html.param(k)).append('=').append(Html.param(v)));
            if (syntax) {
                u.append("&syntax=1");
            }
            if (page > 1) {
                u.append("&p=").append(page);
            }
            return u.toString();
        }
    }

    static String search(Request req, Optional<SearchResult> result, List<Folding.Group> groups, Optional<String> error) {
        StringBuilder b = head(req.query() + " – brief search");
        searchForm(b, req.query(), req.syntax());
        if (!req.filters().isEmpty()) {
            b.append("<p class=\"filters\">Filtered by ");
            req.filters().forEach((k, v) -> b.append("<span class=\"chip\">").append(Html.text(k)).append(" = <b>")
                    .append(Html.text(v)).append("</b> <a class=\"remove\" title=\"remove this filter\" href=\"")
                    .append(Html.text(req.with(k, Optional.empty()))).append("\">×</a></span>"));
            b.append("<a href=\"").append(Html.text(new Request(req.query(), Map.of(), req.syntax(), 1).url()))
                    .append("\">clear all</a></p>\n");
        }
        error.ifPresent(e -> b.append("<p class=\"error\">").append(Html.text(e)).append("</p>\n"));
        result.ifPresent(r -> {
            int pages = Math.max(1, (groups.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int page = Math.min(Math.max(1, req.page()), pages);
            b.append("<p id=\"total\">").append(r.total()).append(" passage(s) match");
            if (r.total() > r.hits().size()) {
                b.append(" (the best ").append(r.hits().size()).append(" shown)");
            }
            b.append(" · ").append(groups.size()).append(" result(s) with copies folded · page ").append(page)
                    .append(" of ").append(pages).append("</p>\n");
            facets(b, req, r);
            b.append("<ol id=\"hits\" start=\"").append((page - 1) * PAGE_SIZE + 1).append("\">\n");
            for (Folding.Group g : groups.subList((page - 1) * PAGE_SIZE, Math.min(groups.size(), page * PAGE_SIZE))) {
                Hit h = g.first();
                b.append("<li class=\"hit\"><a href=\"/doc?id=").append(Html.param(h.id())).append("\">")
                        .append(Html.text(h.title())).append("</a> <span class=\"meta\">")
                        .append(Html.text(h.id())).append(", <a class=\"page\" href=\"").append(Html.text(pageUrl(h, req.query())))
                        .append("\">p.").append(h.page()).append("</a></span><br><span class=\"snippet\">")
                        .append(Html.snippet(h.snippet())).append("</span>");
                if (!g.copies().isEmpty()) {
                    b.append("<div class=\"copies\">").append(g.copies().size()).append(" cop")
                            .append(g.copies().size() == 1 ? "y" : "ies").append(" folded: ");
                    for (Hit c : g.copies()) {
                        b.append("<a class=\"copy\" href=\"").append(Html.text(pageUrl(c, req.query()))).append("\">")
                                .append(Html.text(c.id())).append(" p.").append(c.page()).append("</a> ");
                    }
                    b.append("</div>");
                }
                b.append("</li>\n");
            }
            b.append("</ol>\n");
            if (pages > 1) {
                b.append("<p class=\"pager\">");
                if (page > 1) {
                    b.append("<a rel=\"prev\" href=\"").append(Html.text(req.atPage(page - 1))).append("\">‹ previous</a>");
                }
                for (int n = 1; n <= pages; n++) {
                    if (n == page) {
                        b.append("<b>").append(n).append("</b>");
                    } else {
                        b.append("<a href=\"").append(Html.text(req.atPage(n))).append("\">").append(n).append("</a>");
                    }
                }
                if (page < pages) {
                    b.append("<a rel=\"next\" href=\"").append(Html.text(req.atPage(page + 1))).append("\">next ›</a>");
                }
                b.append("</p>\n");
            }
        });
        return tail(b);
    }

    /** Facet values as links that add the filter; a selected one is marked and its link removes it. */
    private static void facets(StringBuilder b, Request req, SearchResult r) {
        for (Map.Entry<String, Map<String, Integer>> facet : r.facets().entrySet()) {
            String key = facet.getKey();
            Optional<String> selected = Optional.ofNullable(req.filters().get(key));
            if (facet.getValue().isEmpty() && selected.isEmpty()) {
                continue;
            }
            b.append("<p class=\"facets\" id=\"facet-").append(Html.text(key)).append("\">").append(Html.text(key)).append(": ");
            selected.filter(v -> !facet.getValue().containsKey(v)).ifPresent(v -> selectedLink(b, req, key, v, r.total()));
            facet.getValue().forEach((value, count) -> {
                if (selected.filter(value::equals).isPresent()) {
                    selectedLink(b, req, key, value, count);
                } else {
                    b.append("<a class=\"facet\" href=\"").append(Html.text(req.with(key, Optional.of(value)))).append("\">")
                            .append(Html.text(value)).append(" (").append(count).append(")</a>");
                }
            });
            b.append("</p>\n");
        }
    }

    private static void selectedLink(StringBuilder b, Request req, String key, String value, long count) {
        b.append("<a class=\"facet selected\" aria-current=\"true\" title=\"remove this filter\" href=\"")
                .append(Html.text(req.with(key, Optional.empty()))).append("\">").append(Html.text(value)).append(" (")
                .append(count).append(") ×</a>");
    }

    static String pageUrl(Hit h, String query) {
        return "/page?id=" + Html.param(h.id()) + "&n=" + h.page() + (query.isEmpty() ? "" : "&q=" + Html.param(query))
                + "#p" + h.passage();
    }

    /** A document's facts: one table per list, each mention's page a link to that page. */
    static String document(String id, JsonNode facts) {
        JsonNode d = facts.path("document");
        StringBuilder b = head(d.path("title").asText(id));
        b.append("<p><a href=\"/\">documents</a> · <a href=\"/pdf?id=").append(Html.param(id))
                .append("\">original PDF</a></p><h1>").append(Html.text(d.path("title").asText(id)))
                .append("</h1>\n<p class=\"meta\">").append(Html.text(id)).append(", ").append(d.path("pages").asInt())
                .append(" pages").append(d.path("published").isMissingNode() ? "" : ", published " + Html.text(d.path("published").asText()))
                .append("</p>\n");
        for (String list : DocumentList.LISTS) {
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
                String written = e.path("mentions").path(0).path("text").asText("");
                for (int p : pages) {
                    b.append("<a href=\"/page?id=").append(Html.param(id)).append("&amp;n=").append(p)
                            .append(written.isEmpty() ? "" : "&amp;q=" + Html.param(written)).append("\">p.")
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
            case "dates" -> (e.path("qualifier").asText("") + " " + e.path("period").asText("")).strip();
            case "amounts" -> e.path("qualifier").asText("");
            default -> "";
        };
    }

    /**
     * One page of a document: the page as rendered (with the query's matches marked) beside its text
     * (the same matches marked), and links to the original PDF at that page and to the facts.
     *
     * @param marked the words the highlighter matched on this page
     * @param pdf    whether the original PDF is at hand (else the text alone)
     */
    static String page(String id, String title, int page, int pageCount, String query, List<String> marked,
                       List<Passage> passages, boolean pdf) {
        StringBuilder b = head(title + " p." + page);
        searchForm(b, query, false);
        b.append("<p>");
        if (!query.isEmpty()) {
            b.append("<a href=\"/?q=").append(Html.param(query)).append("\">‹ results</a> · ");
        }
        b.append("<a href=\"/doc?id=").append(Html.param(id)).append("\">facts of ").append(Html.text(id)).append("</a>");
        if (pdf) {
            b.append(" · <a id=\"original\" href=\"/pdf?id=").append(Html.param(id)).append("#page=").append(page)
                    .append("\">original PDF at p.").append(page).append("</a>");
        }
        String q = query.isEmpty() ? "" : "&amp;q=" + Html.param(query);
        if (page > 1) {
            b.append(" · <a href=\"/page?id=").append(Html.param(id)).append("&amp;n=").append(page - 1).append(q).append("\">‹ p.")
                    .append(page - 1).append("</a>");
        }
        if (page < pageCount) {
            b.append(" · <a href=\"/page?id=").append(Html.param(id)).append("&amp;n=").append(page + 1).append(q).append("\">p.")
                    .append(page + 1).append(" ›</a>");
        }
        b.append("</p><h1>").append(Html.text(title)).append(" <span class=\"meta\">p.").append(page).append(" of ")
                .append(pageCount).append("</span></h1>\n<div class=\"view\">");
        if (pdf) {
            b.append("<img id=\"rendered\" alt=\"page ").append(page).append(" as printed\" src=\"/render?id=")
                    .append(Html.param(id)).append("&amp;n=").append(page).append(q).append("\">");
        } else {
            b.append("<p class=\"error\">the original PDF is not at hand; its text is beside</p>");
        }
        b.append("<div class=\"text\">");
        for (Passage p : passages) {
            b.append("<p class=\"passage\" id=\"p").append(p.ordinal()).append("\">").append(mark(p.text(), marked)).append("</p>\n");
        }
        return tail(b.append("</div></div>\n"));
    }

    /** {@return {@code text} escaped, with every occurrence of a word of {@code marked} in {@code <mark>}} */
    static String mark(String text, List<String> marked) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] in = new boolean[text.length()];
        for (String w : marked) {
            String lw = w.toLowerCase(Locale.ROOT);
            for (int at = lw.isEmpty() ? -1 : lower.indexOf(lw); at >= 0; at = lower.indexOf(lw, at + lw.length())) {
                java.util.Arrays.fill(in, at, at + lw.length(), true);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (in[i] && (i == 0 || !in[i - 1])) {
                out.append("<mark>");
            }
            out.append(Html.text(String.valueOf(text.charAt(i))));
            if (in[i] && (i + 1 == text.length() || !in[i + 1])) {
                out.append("</mark>");
            }
        }
        return out.toString();
    }

    static String notFound(String what) {
        return tail(head("not found").append("<p><a href=\"/\">documents</a></p><p class=\"error\">")
                .append(Html.text(what)).append("</p>"));
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.text(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
    }

    private static String tail(StringBuilder b) {
        return b.append("</body></html>\n").toString();
    }
}
