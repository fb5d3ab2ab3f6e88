package brief.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.Ingester;
import brief.Pipeline;
import brief.facts.FactFiles;
import brief.index.BriefIndex;
import brief.index.Passage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page end to end on the bundled corpus (its four PDFs plus a copy under a Korean file name,
 * ingested for real): plain HTTP for escaping, ids, the PDF and the rendered page; headless Chromium
 * (Debian {@code chromium}, which {@code .ci/run} installs) to read the pages, follow links and keep
 * screenshots in {@code target/web-*.png}. Without Chromium the test fails: the page is then untested.
 */
class WebServerTest {

    static final String KOREAN_ID = "반도체-정책-브리프-2025";

    @TempDir
    static Path dir;
    static WebServer web;
    static String base;

    @BeforeAll
    static void serve() throws Exception {
        BriefIndex index = new BriefIndex(dir.resolve("index"));
        List<Path> files = new ArrayList<>(Ingester.pdfs(List.of(Path.of("corpus"))));
        files.add(Files.copy(Path.of("corpus/fki-global-brief-16.pdf"), dir.resolve("반도체 정책 브리프 2025.pdf")));
        List<Ingester.Outcome> outcomes = new Ingester(new Pipeline(), index, new FactFiles(dir.resolve("extracted")),
                Optional.empty(), false).ingest(files, o -> { });
        assertTrue(outcomes.stream().allMatch(o -> o instanceof Ingester.Outcome.Ingested), outcomes.toString());
        index.replace("hostile", List.of(new Passage("hostile", "hostile", "sha", 1, 0,
                "전력 반도체 <script>alert('x')</script> 평문", Passage.Tags.NONE)));
        web = WebServer.start(0, index, dir.resolve("extracted"));
        base = "http://127.0.0.1:" + web.port();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    static HttpResponse<byte[]> fetch(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String get(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> r = fetch(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aScriptInABriefShowsAsText() throws Exception {
        String html = get("/?q=" + enc("alert"));
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;") && html.contains("&lt;/script&gt;"), html);
        assertFalse(Pages.mark("<script>alert('x')</script> 반도체", List.of("반도체")).contains("<script"));
        String query = get("/?q=" + enc("<script>alert(1)</script>"));
        assertFalse(query.contains("<script>"), query);
    }

    @Test
    void factsOfADocumentAreATableWithPageLinks() throws Exception {
        String html = get("/doc?id=fki-global-brief-16");
        assertTrue(html.contains("<table class=\"facts\" id=\"firms\">"), html);
        assertTrue(html.contains("Foxconn"), html);
        assertTrue(html.contains("href=\"/page?id=fki-global-brief-16&amp;n=1"), html);
    }

    @Test
    void aKoreanIdOpensItsFactsItsPageAndItsPdf() throws Exception {
        String html = get("/doc?id=" + enc(KOREAN_ID));
        assertTrue(html.contains("Foxconn"), html);
        assertTrue(get("/page?id=" + enc(KOREAN_ID) + "&n=1").contains("/render?id=" + enc(KOREAN_ID)));
        HttpResponse<byte[]> pdf = fetch("/pdf?id=" + enc(KOREAN_ID));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(404, fetch("/doc?id=" + enc("../pom")).statusCode());
        assertEquals(404, fetch("/page?id=" + enc(KOREAN_ID) + "&n=9").statusCode());
    }

    @Test
    void theRenderedPageMarksTheHit() throws Exception {
        String page = "/render?id=" + enc(KOREAN_ID) + "&n=1";
        BufferedImage plain = png(page);
        BufferedImage marked = png(page + "&q=" + enc("폭스콘"));
        assertEquals(plain.getWidth(), marked.getWidth());
        assertTrue(plain.getWidth() > 500 && plain.getHeight() > 700, plain.getWidth() + "x" + plain.getHeight());
        int yellowPlain = yellow(plain);
        int yellowMarked = yellow(marked);
        assertTrue(yellowMarked > yellowPlain + 200, "marks: " + yellowPlain + " -> " + yellowMarked + " yellow pixels");
    }

    private static BufferedImage png(String path) throws Exception {
        HttpResponse<byte[]> r = fetch(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    /** {@return the number of pixels in the mark's colour range: strong yellow over white or text} */
    private static int yellow(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                if (r > 200 && g > 150 && b < 140) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aBadQueryIsOneClearLineOnlyWithSyntax() throws Exception {
        assertTrue(get("/?q=" + enc("반도체 AND (") + "&syntax=1").contains("not valid query syntax"));
        assertFalse(get("/?q=" + enc("반도체 AND (")).contains("class=\"error\""));
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCache() throws Exception {
        get("/?q=" + enc("질화갈륨 전력"));
        int after = web.cached();
        get("/?q=" + enc("질화갈륨 전력"));
        get("/?q=" + enc("질화갈륨 전력") + "&p=2");
        assertEquals(after, web.cached());
    }

    @Test
    void aSlowClientDoesNotHoldUpOthers() throws Exception {
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), web.port())) {
            OutputStream out = slow.getOutputStream();
            out.write("GET /?q=".getBytes(StandardCharsets.US_ASCII)); // and nothing more for now
            out.flush();
            long start = System.nanoTime();
            String html = get("/?q=" + enc("폭스콘"));
            assertTrue(html.contains("passage(s) match"));
            assertTrue(System.nanoTime() - start < 20_000_000_000L);
        }
    }

    @Test
    void inHeadlessChromiumTheFrontPageListsTheDocumentsSortable() throws Exception {
        String chromium = chromium();
        String dom = dumpDom(chromium, base + "/?sort=pages&order=asc");
        Matcher rows = Pattern.compile("<tr class=\"document\">.*?<td class=\"num\">(\\d+)</td>").matcher(dom);
        List<Integer> pages = new ArrayList<>();
        while (rows.find()) {
            pages.add(Integer.parseInt(rows.group(1)));
        }
        assertTrue(pages.size() >= 5 && dom.contains(KOREAN_ID), dom);
        assertEquals(pages.stream().sorted().toList(), pages, "sorted by pages: " + pages);
        assertTrue(dom.contains("href=\"/doc?id=" + enc(KOREAN_ID) + "\""), dom);
        assertTrue(dom.contains("pages ▲"), dom);
        assertTrue(dom.contains("2025-05-15"), dom);
        assertTrue(get("/").contains("word-break:keep-all"));
        screenshot(chromium, "web-front.png", base + "/", 1200, 700);
    }

    @Test
    void inHeadlessChromiumResultsArePagedWithCopiesFolded() throws Exception {
        String chromium = chromium();
        String dom = dumpDom(chromium, base + "/?q=" + enc("일본"));
        Matcher total = Pattern.compile("(\\d+) passage\\(s\\) match.*? (\\d+) result\\(s\\) with copies folded · page 1 of (\\d+)")
                .matcher(dom);
        assertTrue(total.find(), dom);
        int passages = Integer.parseInt(total.group(1));
        int results = Integer.parseInt(total.group(2));
        assertTrue(passages >= 4 * results - 4 && results > Pages.PAGE_SIZE, passages + " passages, " + results + " results");
        assertTrue(dom.contains("4 copies folded"), dom);
        assertTrue(dom.contains("rel=\"next\""), dom);
        String second = dumpDom(chromium, base + "/?q=" + enc("일본") + "&p=2");
        assertTrue(second.contains("page 2 of"), second);
        assertTrue(second.contains("<ol id=\"hits\" start=\"11\">"), second);
        screenshot(chromium, "web-results.png", base + "/?q=" + enc("일본"), 1200, 1400);
    }

    @Test
    void inHeadlessChromiumAFacetIsMarkedWhenSelectedAndRemovable() throws Exception {
        String chromium = chromium();
        String dom = dumpDom(chromium, base + "/?q=" + enc("대만"));
        Matcher facet = Pattern.compile("<a class=\"facet\" href=\"([^\"]*year=2024[^\"]*)\"").matcher(dom);
        assertTrue(facet.find(), "no year facet link in " + dom);
        String url = base + facet.group(1).replace("&amp;", "&");
        String filtered = dumpDom(chromium, url);
        assertTrue(filtered.contains("<a class=\"facet selected\" aria-current=\"true\""), filtered);
        Matcher remove = Pattern.compile("<a class=\"facet selected\"[^>]*href=\"([^\"]*)\">2024 ").matcher(filtered);
        assertTrue(remove.find(), filtered);
        assertFalse(remove.group(1).contains("year="), remove.group(1));
        assertTrue(filtered.contains("year = <b>2024</b>"), filtered);
        screenshot(chromium, "web-facet.png", url, 1200, 900);
    }

    @Test
    void inHeadlessChromiumAPageShowsItsRenderingBesideItsText() throws Exception {
        String chromium = chromium();
        String url = base + "/page?id=" + enc(KOREAN_ID) + "&n=1&q=" + enc("폭스콘");
        String dom = dumpDom(chromium, url);
        assertTrue(dom.contains("<img id=\"rendered\""), dom);
        assertTrue(dom.contains("<mark>폭스콘</mark>"), dom);
        assertTrue(dom.contains("href=\"/pdf?id=" + enc(KOREAN_ID) + "#page=1\""), dom);
        screenshot(chromium, "web-page.png", url, 1400, 1000);
    }

    private static void screenshot(String chromium, String name, String url, int width, int height) throws Exception {
        Path shot = Path.of("target", name).toAbsolutePath();
        Files.deleteIfExists(shot);
        run(chromium, "--screenshot=" + shot, "--window-size=" + width + "," + height, "--virtual-time-budget=15000",
                "--hide-scrollbars", url);
        assertTrue(Files.size(shot) > 1000, "no screenshot at " + shot);
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(d, name))) {
                    return Path.of(d, name).toString();
                }
            }
        }
        fail("headless Chromium is needed for the web page test and is not installed: apt-get install chromium "
                + "(.ci/run does it)");
        return "";
    }

    private static String dumpDom(String chromium, String url) throws Exception {
        return run(chromium, "--dump-dom", url);
    }

    private static String run(String chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=ko-KR", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "dom", ".html");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 90 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + cmd);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
