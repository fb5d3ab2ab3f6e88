package brief.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a search page: {@code connections} clients, each sending its next request when the
 * last one is answered, until {@code requests} are answered or {@code seconds} have passed, whichever
 * comes first. Queries cycle through a fixed list, so repeats are part of the load as in daily use.
 */
public final class LoadTest {

    /** Latencies in seconds, sorted; wall time of the whole load; requests that failed. */
    public record Result(List<Double> latencies, double wallSeconds, int failed) {
        public double perSecond() {
            return wallSeconds <= 0 ? 0 : latencies.size() / wallSeconds;
        }
    }

    static final List<String> QUERIES = List.of("반도체 보조금", "전기차", "TSMC", "공장 투자", "폭스콘", "질화갈륨",
            "일본 정부", "2나노", "협력", "구마모토");

    private LoadTest() {
    }

    /** {@return the result of loading {@code base} ({@code http://127.0.0.1:port/})} */
    public static Result run(URI base, int connections, int requests, double seconds) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                int i;
                while ((i = sent.getAndIncrement()) < requests && System.nanoTime() < end) {
                    String q = QUERIES.get(i % QUERIES.size());
                    HttpRequest req = HttpRequest.newBuilder(base.resolve("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) {
                            latencies.add((System.nanoTime() - t0) / 1e9);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench client " + c);
            clients.add(t);
            t.start();
        }
        for (Thread t : clients) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        sorted.sort(Double::compare);
        return new Result(List.copyOf(sorted), wall, failed.get());
    }
}
