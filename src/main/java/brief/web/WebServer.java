package brief.web;

import brief.BadInputException;
import brief.facts.FactsJson;
import brief.index.BriefIndex;
import brief.index.Filters;
import brief.index.Passage;
import brief.index.SearchResult;
import brief.index.Searcher;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The local web page: the JDK's HTTP server on 127.0.0.1, three pages ({@code /} search,
 * {@code /doc?id=} a document's facts, {@code /page?id=&n=} one page's passages), HTML built by
 * {@link Pages} with every text escaped. One searcher, used by one request at a time.
 */
public final class WebServer implements AutoCloseable {

    private static final List<String> FILTERS = List.of("firm", "country", "year", "nm", "min-yen");

    private final HttpServer server;
    private final BriefIndex index;
    private final Path extracted;
    private final Searcher searcher;

    private WebServer(HttpServer server, BriefIndex index, Path extracted) {
        this.server = server;
        this.index = index;
        this.extracted = extracted;
        this.searcher = new Searcher(index);
    }

    /** Starts serving {@code index} and the fact files of {@code extracted} on 127.0.0.1:{@code port} (0: any free port). */
    public static WebServer start(int port, BriefIndex index, Path extracted) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        WebServer web = new WebServer(http, index, extracted);
        http.createContext("/", web::handle);
        http.start();
        return web;
    }

    /** {@return the port it listens on} */
    public int port() {
        return server.getAddress().getPort();
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> params = params(ex.getRequestURI().getRawQuery());
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/" -> send(ex, 200, searchPage(params));
                case "/doc" -> document(ex, params.getOrDefault("id", ""));
                case "/page" -> page(ex, params.getOrDefault("id", ""), params.getOrDefault("n", ""));
                default -> send(ex, 404, Pages.notFound("no page " + path));
            }
        } catch (RuntimeException e) {
            send(ex, 500, Pages.notFound("internal error: " + e));
        }
    }

    private String searchPage(Map<String, String> params) {
        String q = params.getOrDefault("q", "").strip();
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(f -> Optional.ofNullable(params.get(f)).filter(v -> !v.isBlank()).ifPresent(v -> filters.put(f, v)));
        if (q.isEmpty()) {
            return Pages.search(q, filters, Optional.empty(), Optional.empty());
        }
        try {
            Filters f = new Filters(Optional.ofNullable(filters.get("firm")), Optional.ofNullable(filters.get("country")),
                    Optional.empty(), Optional.empty(), Optional.ofNullable(filters.get("nm")).map(BigDecimal::new),
                    Optional.ofNullable(filters.get("min-yen")).map(y -> OptionalLong.of(Long.parseLong(y)))
                            .orElse(OptionalLong.empty()));
            if (filters.containsKey("year")) {
                f = f.withYears(filters.get("year"));
            }
            SearchResult r = searcher.search(q, 20, f);
            return Pages.search(q, filters, Optional.of(r), Optional.empty());
        } catch (BadInputException e) {
            return Pages.search(q, filters, Optional.empty(), Optional.of(e.getMessage()));
        } catch (NumberFormatException e) {
            return Pages.search(q, filters, Optional.empty(), Optional.of("not a number: " + e.getMessage()));
        }
    }

    private void document(HttpExchange ex, String id) throws IOException {
        Path json = extracted.resolve(id + ".json");
        if (!id.matches("[\\w.-]+") || !Files.isRegularFile(json)) {
            send(ex, 404, Pages.notFound("no facts for document '" + id + "'"));
            return;
        }
        send(ex, 200, Pages.document(id, FactsJson.read(json)));
    }

    private void page(HttpExchange ex, String id, String n) throws IOException {
        List<Passage> passages = n.matches("\\d{1,5}") ? index.passages().stream()
                .filter(p -> p.docId().equals(id) && p.page() == Integer.parseInt(n)).toList() : List.of();
        if (passages.isEmpty()) {
            send(ex, 404, Pages.notFound("no page " + n + " of '" + id + "'"));
            return;
        }
        send(ex, 200, Pages.page(id, Integer.parseInt(n), passages));
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        searcher.close();
    }
}
