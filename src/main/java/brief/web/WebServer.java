package brief.web;

import brief.BadInputException;
import brief.Home;
import brief.facts.FactFiles;
import brief.facts.FactsJson;
import brief.index.BriefIndex;
import brief.index.Filters;
import brief.index.Hit;
import brief.index.Passage;
import brief.index.SearchResult;
import brief.index.SearchEngine;
import brief.index.Searcher;
import brief.pdf.PageRenderer;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local web page: the JDK's HTTP server on 127.0.0.1 with a pool of threads, one {@link Searcher}
 * shared by them (it is thread-safe and keeps the index open) and a cache of recent answers. Pages:
 * {@code /} the documents (sortable) or, with {@code q}, the results (paged, copies folded, facets);
 * {@code /doc?id=} a document's facts; {@code /page?id=&n=&q=} one page rendered with its matches marked
 * beside its text; {@code /render} that page's image; {@code /pdf?id=} the original file (the page
 * view links it with {@code #page=n}). HTML comes from {@link Pages} with every text escaped.
 */
public final class WebServer implements AutoCloseable {

    private static final List<String> FILTERS = List.of("firm", "country", "year", "nm", "min-yen");
    /** Ids as {@link brief.Pipeline#idOf} makes them: letters of any script, digits, {@code . _ -}. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");
    private static final Pattern MARKED = Pattern.compile("<b>(.*?)</b>");
    /** Hits fetched per query, then folded and paged. */
    private static final int HITS = 1000;
    private static final float DPI = 110;

    private record Key(String query, Filters filters, boolean syntax, long version) { }

    private record Answer(SearchResult result, List<Folding.Group> groups) { }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Path extracted;
    private final SearchEngine searcher;
    private final ResultCache<Key, Answer> cache = new ResultCache<>(256);
    private final PageRenderer renderer = new PageRenderer();

    private WebServer(HttpServer server, ExecutorService pool, SearchEngine engine, Path extracted) {
        this.server = server;
        this.pool = pool;
        this.extracted = extracted;
        this.searcher = engine;
    }

    /** Starts serving {@code index} and the fact files of {@code extracted} on 127.0.0.1:{@code port} (0: any free port). */
    public static WebServer start(int port, BriefIndex index, Path extracted) throws IOException {
        return start(port, new Searcher(index), extracted);
    }

    /**
     * Starts serving what {@code engine} searches (the local index or an OpenSearch cluster; the page
     * closes it) and the fact files of {@code extracted} on 127.0.0.1:{@code port}.
     */
    public static WebServer start(int port, SearchEngine engine, Path extracted) throws IOException {
        noDelay();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brief-web");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        WebServer web = new WebServer(http, pool, engine, extracted);
        http.createContext("/", web::handle);
        http.start();
        return web;
    }

    /**
     * Turns Nagle's algorithm off on the server's sockets, unless the user set it: with it on, a response
     * on a kept-alive connection that the JDK server writes in two pieces (headers, then body) waits for
     * the client's delayed acknowledgement, some 40 ms a request. The JDK's server reads the property once,
     * when its first server is made, so it is set before that.
     */
    private static void noDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** {@return the port it listens on} */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@return how many answers the cache holds: a repeated query adds none} */
    int cached() {
        return cache.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            route(ex);
        }
    }

    /** Answers one request; an error is a page of its own (the exchange is still open here, unlike in a catch of try-with-resources). */
    private void route(HttpExchange ex) throws IOException {
        try {
            Map<String, String> params = params(ex.getRequestURI().getRawQuery());
            String path = ex.getRequestURI().getPath();
            String id = params.getOrDefault("id", "");
            switch (path) {
                case "/" -> send(ex, 200, params.getOrDefault("q", "").isBlank() ? front(params) : searchPage(params));
                case "/doc" -> document(ex, id);
                case "/page" -> page(ex, id, params.getOrDefault("n", ""), params.getOrDefault("q", "").strip());
                case "/render" -> render(ex, id, params.getOrDefault("n", ""), params.getOrDefault("q", "").strip());
                case "/pdf" -> pdf(ex, id);
                default -> send(ex, 404, Pages.notFound("no page " + path));
            }
        } catch (BadInputException e) {
            send(ex, 404, Pages.notFound(e.getMessage()));
        } catch (RuntimeException e) {
            send(ex, 500, Pages.notFound("internal error: " + e));
        }
    }

    private String front(Map<String, String> params) {
        DocumentList.Sort sort = DocumentList.Sort.of(params.getOrDefault("sort", "published"));
        boolean descending = params.containsKey("order") ? params.get("order").equals("desc") : !sort.ascending;
        List<DocumentList.Row> rows = Files.isDirectory(extracted)
                ? DocumentList.rows(new FactFiles(extracted), sort, descending) : List.of();
        return Pages.front(rows, sort, descending);
    }

    private String searchPage(Map<String, String> params) {
        String q = params.getOrDefault("q", "").strip();
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(f -> Optional.ofNullable(params.get(f)).filter(v -> !v.isBlank()).ifPresent(v -> filters.put(f, v)));
        int page = params.getOrDefault("p", "1").matches("\\d{1,4}") ? Integer.parseInt(params.getOrDefault("p", "1")) : 1;
        Pages.Request req = new Pages.Request(q, filters, "1".equals(params.get("syntax")), page);
        try {
            Filters f = new Filters(Optional.ofNullable(filters.get("firm")), Optional.ofNullable(filters.get("country")),
                    Optional.empty(), Optional.empty(), Optional.ofNullable(filters.get("nm")).map(BigDecimal::new),
                    Optional.ofNullable(filters.get("min-yen")).map(y -> OptionalLong.of(Long.parseLong(y)))
                            .orElse(OptionalLong.empty()));
            if (filters.containsKey("year")) {
                f = f.withYears(filters.get("year"));
            }
            Filters applied = f;
            Answer a = cache.get(new Key(q, applied, req.syntax(), searcher.version()), () -> {
                SearchResult r = searcher.search(q, HITS, applied, req.syntax());
                return new Answer(r, Folding.fold(r.hits()));
            });
            return Pages.search(req, Optional.of(a.result()), a.groups(), Optional.empty());
        } catch (BadInputException e) {
            return Pages.search(req, Optional.empty(), List.of(), Optional.of(e.getMessage()));
        } catch (NumberFormatException e) {
            return Pages.search(req, Optional.empty(), List.of(), Optional.of("not a number: " + e.getMessage()));
        }
    }

    /** {@return the facts of document {@code id}} @throws BadInputException when there are none */
    private JsonNode facts(String id) {
        Path json = extracted.resolve(id + ".json");
        if (!ID.matcher(id).matches() || !Files.isRegularFile(json)) {
            throw new BadInputException("document '" + id + "'", "no facts for it in " + extracted);
        }
        return FactsJson.read(json);
    }

    private Optional<Path> original(JsonNode facts) {
        String source = facts.path("document").path("source").asText("");
        return source.isEmpty() || source.equals("-") ? Optional.empty()
                : Optional.of(Home.file(source)).filter(Files::isRegularFile);
    }

    private void document(HttpExchange ex, String id) throws IOException {
        send(ex, 200, Pages.document(id, facts(id)));
    }

    private int pageNumber(JsonNode facts, String id, String n) {
        int pages = facts.path("document").path("pages").asInt();
        if (!n.matches("\\d{1,5}") || Integer.parseInt(n) < 1 || Integer.parseInt(n) > pages) {
            throw new BadInputException("document '" + id + "'", "no page " + n + " (it has " + pages + ")");
        }
        return Integer.parseInt(n);
    }

    private void page(HttpExchange ex, String id, String n, String query) throws IOException {
        JsonNode facts = facts(id);
        int page = pageNumber(facts, id, n);
        List<Passage> passages = searcher.passages(id, page);
        send(ex, 200, Pages.page(id, facts.path("document").path("title").asText(id), page,
                facts.path("document").path("pages").asInt(), query, marked(id, page, query), passages,
                original(facts).isPresent()));
    }

    private void render(HttpExchange ex, String id, String n, String query) throws IOException {
        JsonNode facts = facts(id);
        int page = pageNumber(facts, id, n);
        Path pdf = original(facts).orElseThrow(() -> new BadInputException("document '" + id + "'", "its PDF is not at hand"));
        byte[] png = renderer.render(pdf, page, marked(id, page, query), DPI);
        send(ex, 200, "image/png", png);
    }

    private void pdf(HttpExchange ex, String id) throws IOException {
        Path pdf = original(facts(id)).orElseThrow(() -> new BadInputException("document '" + id + "'", "its PDF is not at hand"));
        send(ex, 200, "application/pdf", Files.readAllBytes(pdf));
    }

    /** {@return the words the highlighter marks for {@code query} on page {@code page} of {@code id}} */
    private List<String> marked(String id, int page, String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> words = new LinkedHashSet<>();
        try {
            Answer a = cache.get(new Key(query, Filters.NONE, false, searcher.version()), () -> {
                SearchResult r = searcher.search(query, HITS, Filters.NONE, false);
                return new Answer(r, Folding.fold(r.hits()));
            });
            for (Hit h : a.result().hits()) {
                if (h.id().equals(id) && h.page() == page) {
                    Matcher m = MARKED.matcher(h.snippet());
                    while (m.find()) {
                        words.add(m.group(1));
                    }
                }
            }
        } catch (BadInputException e) {
            return List.of();
        }
        return new ArrayList<>(words);
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.put(k, v);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("address", "a malformed %-escape in '" + pair + "'", e);
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        send(ex, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (type.startsWith("text/html")) {
            ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        searcher.close();
    }
}
