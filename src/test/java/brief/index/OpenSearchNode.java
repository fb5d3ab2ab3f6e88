package brief.index;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The OpenSearch node the tests use: the cluster at {@code BRIEF_OPENSEARCH_URL} when that is set,
 * else a node of their own that {@code scripts/opensearch.sh} fetches from Maven Central, starts on
 * 127.0.0.1:9250 (its own data folder, target/opensearch-test) and stops again when the tests end.
 * {@code BRIEF_SKIP_OPENSEARCH_TESTS=1} skips these tests, with that reason, where no node can run.
 */
final class OpenSearchNode {

    static final int PORT = 9250;
    private static String url;

    private OpenSearchNode() {
    }

    /** {@return the URL of a running node, starting one the first time} */
    static synchronized String url() {
        Assumptions.assumeFalse("1".equals(System.getenv("BRIEF_SKIP_OPENSEARCH_TESTS")),
                "BRIEF_SKIP_OPENSEARCH_TESTS=1: the OpenSearch parity tests are skipped (unset it to run a node"
                        + " from Maven Central on 127.0.0.1:" + PORT + ")");
        if (url != null) {
            return url;
        }
        String given = System.getenv("BRIEF_OPENSEARCH_URL");
        if (given != null && !given.isBlank()) {
            return url = given;
        }
        run("start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("stop")));
        return url = "http://127.0.0.1:" + PORT;
    }

    /** {@return whether the node answers now} */
    static boolean answers(String url) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String verb) {
        try {
            Path log = Path.of("target/opensearch-test.log");
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder("bash", "scripts/opensearch.sh", verb)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = pb.environment();
            env.put("BRIEF_OPENSEARCH_HOME", Path.of("target/opensearch-test").toAbsolutePath().toString());
            env.put("BRIEF_OPENSEARCH_PORT", Integer.toString(PORT));
            int code = pb.start().waitFor();
            if (code != 0 && verb.equals("start")) {
                throw new IllegalStateException("scripts/opensearch.sh start failed (exit " + code + "); see " + log
                        + ":\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/opensearch.sh " + verb + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running scripts/opensearch.sh " + verb, e);
        }
    }
}
