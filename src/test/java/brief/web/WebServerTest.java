package brief.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.index.BriefIndex;
import brief.index.Passage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page end to end: plain HTTP for escaping, headless Chromium (Debian {@code chromium}, which
 * {@code .ci/run} installs) to read the hits, follow a facet link and keep a screenshot in
 * {@code target/serve.png}. Without Chromium the test fails: the page is then untested.
 */
class WebServerTest {

    @TempDir
    static Path dir;
    static WebServer web;
    static String base;

    @BeforeAll
    static void serve() throws IOException {
        BriefIndex index = new BriefIndex(dir.resolve("index"));
        String id = "fki-global-brief-16";
        index.replace(id, List.of(
                new Passage(id, "일본-대만 산업협력", "sha", 1, 0,
                        "올해 4월 대만의 폭스콘(Foxconn)은 일본 미쓰비시자동차와 협력해 전기차 위탁생산에 나선다고 발표했다.",
                        new Passage.Tags(List.of("Foxconn", "Mitsubishi Motors"), List.of("JP", "TW"), List.of(2025),
                                List.of(), List.of())),
                new Passage(id, "일본-대만 산업협력", "sha", 2, 1,
                        "지난해 일본의 ROHM과 대만의 TSMC는 전기차용 질화갈륨(GaN) 전력 반도체를 공동 개발한다. <script>alert('x')</script>",
                        new Passage.Tags(List.of("ROHM", "TSMC"), List.of("JP", "TW"), List.of(2024), List.of(BigDecimal.ONE),
                                List.of()))));
        web = WebServer.start(0, index, Path.of("extracted"));
        base = "http://127.0.0.1:" + web.port();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    static String get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), pathAndQuery);
        return r.body();
    }

    @Test
    void aScriptInABriefShowsAsText() throws Exception {
        String html = get("/?q=" + enc("alert"));
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;") && html.contains("&lt;/script&gt;"), html);
        String page = get("/page?id=fki-global-brief-16&n=2");
        assertFalse(page.contains("<script"), page);
        String query = get("/?q=" + enc("<script>alert(1)</script>"));
        assertFalse(query.contains("<script>"), query);
    }

    @Test
    void factsOfADocumentAreATableWithPageLinks() throws Exception {
        String html = get("/doc?id=fki-global-brief-16");
        assertTrue(html.contains("<table class=\"facts\" id=\"firms\">"), html);
        assertTrue(html.contains("Foxconn"), html);
        assertTrue(html.contains("href=\"/page?id=fki-global-brief-16&amp;n=1\""), html);
    }

    @Test
    void aBadQueryIsOneClearLine() throws Exception {
        assertTrue(get("/?q=" + enc("반도체 AND (")).contains("not a valid query"));
    }

    @Test
    void inHeadlessChromiumHitsShowAndAFacetLinkFilters() throws Exception {
        String chromium = chromium();
        String dom = dumpDom(chromium, base + "/?q=" + enc("대만"));
        assertTrue(dom.contains("2 passage(s) match"), dom);
        assertTrue(dom.contains("<mark>대만</mark>"), dom);
        assertTrue(dom.contains(">p.1</a>") && dom.contains(">p.2</a>"), dom);
        Matcher facet = Pattern.compile("<a class=\"facet\" href=\"([^\"]*year=2024[^\"]*)\"").matcher(dom);
        assertTrue(facet.find(), "no year facet link in " + dom);
        String filtered = dumpDom(chromium, base + facet.group(1).replace("&amp;", "&"));
        assertTrue(filtered.contains("1 passage(s) match"), filtered);
        assertTrue(filtered.contains("질화갈륨") && !filtered.contains("미쓰비시자동차"), filtered);
        Path shot = Path.of("target/serve.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        run(chromium, "--screenshot=" + shot, "--window-size=1200,900", base + "/?q=" + enc("대만"));
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

    private String dumpDom(String chromium, String url) throws Exception {
        return run(chromium, "--dump-dom", url);
    }

    private static String run(String chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "dom", ".html");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 60 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + cmd);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
