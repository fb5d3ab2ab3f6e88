package brief.index;

import brief.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;

/**
 * A connection to an OpenSearch cluster and the name of brief's index on it. {@code spec} is one URL
 * or several, comma-separated ({@code http://a:9200,http://b:9200}: the client spreads requests over
 * them and fails over); credentials come from the environment ({@code BRIEF_OPENSEARCH_USER},
 * {@code BRIEF_OPENSEARCH_PASSWORD}, sent as HTTP basic authentication), never from the command line;
 * the index name from {@code BRIEF_OPENSEARCH_INDEX} (default {@code brief}). A cluster that does not
 * answer, or answers with an error, is a {@link BadInputException} naming the URL and the reason.
 */
public final class OpenSearchCluster implements AutoCloseable {

    public static final String DEFAULT_URL = "http://127.0.0.1:9200";
    public static final String DEFAULT_INDEX = "brief";

    private final String spec;
    private final String index;
    private final RestClient client;

    private OpenSearchCluster(String spec, String index, RestClient client) {
        this.spec = spec;
        this.index = index;
        this.client = client;
    }

    /** Connects to the cluster at {@code spec} (URLs), index and credentials from the environment. */
    public static OpenSearchCluster connect(String spec) {
        return connect(spec, Optional.ofNullable(System.getenv("BRIEF_OPENSEARCH_INDEX")).orElse(DEFAULT_INDEX),
                System.getenv());
    }

    /** Connects to {@code spec} using brief's index {@code index}, credentials from {@code env}. */
    public static OpenSearchCluster connect(String spec, String index, Map<String, String> env) {
        if (!index.matches("[a-z0-9][a-z0-9._-]{0,200}")) {
            throw new BadInputException("index name '" + index + "'", "lower-case letters, digits, '.', '_' and '-' only");
        }
        List<HttpHost> hosts = new ArrayList<>();
        for (String url : spec.split(",")) {
            hosts.add(host(url.strip()));
        }
        var builder = RestClient.builder(hosts.toArray(HttpHost[]::new));
        String user = env.get("BRIEF_OPENSEARCH_USER");
        if (user != null && !user.isEmpty()) {
            String pair = user + ":" + env.getOrDefault("BRIEF_OPENSEARCH_PASSWORD", "");
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))});
        }
        return new OpenSearchCluster(spec, index, builder.build());
    }

    private static HttpHost host(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(url, "expected http(s)://HOST[:PORT]");
            }
            return new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort());
        } catch (URISyntaxException | NullPointerException e) {
            throw new BadInputException("OpenSearch URL '" + url + "'", "not a URL (expected http://HOST:PORT)", e);
        }
    }

    /** {@return brief's index on this cluster} */
    public String index() {
        return index;
    }

    /** {@return the URLs and the index, for messages} */
    public String describe() {
        return spec + " index " + index;
    }

    /** Sends a JSON request; any error status is an exception naming the cluster and the reason. */
    JsonNode send(String method, String path, Optional<String> json) {
        return sendIfFound(method, path, json).orElseThrow(() -> new BadInputException(spec + path, "not found"));
    }

    /** Sends a JSON request; {@code 404} is empty, any other error status an exception. */
    Optional<JsonNode> sendIfFound(String method, String path, Optional<String> json) {
        Request request = new Request(method, path);
        json.ifPresent(request::setJsonEntity);
        return execute(request, path);
    }

    /** Sends newline-delimited JSON ({@code _bulk}). */
    JsonNode sendLines(String path, String ndjson) {
        Request request = new Request("POST", path);
        request.setEntity(new StringEntity(ndjson, ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        return execute(request, path).orElseThrow(() -> new BadInputException(spec + path, "not found"));
    }

    private Optional<JsonNode> execute(Request request, String path) {
        try {
            Response response = client.performRequest(request);
            return Optional.of(OpenSearchSettings.JSON.readTree(EntityUtils.toString(response.getEntity())));
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 404) {
                return Optional.empty();
            }
            throw new BadInputException("OpenSearch " + spec, request.getMethod() + " " + path + ": HTTP " + status
                    + " (" + reason(e.getResponse()) + ")", e);
        } catch (ConnectException e) {
            throw new BadInputException("OpenSearch " + spec, "no answer (" + e.getMessage()
                    + "); start a node with 'brief opensearch start' or give its URL", e);
        } catch (IOException | ParseException e) {
            throw new BadInputException("OpenSearch " + spec, request.getMethod() + " " + path + " failed ("
                    + e.getMessage() + ")", e);
        }
    }

    private static String reason(Response response) {
        try {
            JsonNode body = OpenSearchSettings.JSON.readTree(EntityUtils.toString(response.getEntity()));
            JsonNode error = body.path("error");
            String text = error.isTextual() ? error.asText()
                    : error.path("type").asText("") + ": " + error.path("reason").asText("");
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        } catch (IOException | ParseException | RuntimeException e) {
            return "no readable error body";
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("closing the OpenSearch client", e);
        }
    }
}
