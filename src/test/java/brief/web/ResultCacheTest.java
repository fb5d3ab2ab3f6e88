package brief.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import brief.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One computation per key, however many ask at once; failures reach every asker and are not kept. */
class ResultCacheTest {

    @Test
    void askersOfAKeyBeingComputedWaitForThatComputation() throws Exception {
        ResultCache<String, String> cache = new ResultCache<>(4);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("반도체", () -> {
                runs.incrementAndGet();
                started.countDown();
                await(release);
                return "answer";
            })));
            started.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get("반도체", () -> "computed again " + runs.incrementAndGet())));
            }
            release.countDown();
            for (Future<String> a : answers) {
                assertEquals("answer", a.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, runs.get());
            assertEquals(1, cache.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsThrownAndNotKept() {
        ResultCache<String, String> cache = new ResultCache<>(4);
        assertThrows(BadInputException.class, () -> cache.get("q", () -> {
            throw new BadInputException("query", "bad");
        }));
        assertEquals(0, cache.size());
        assertEquals("fine", cache.get("q", () -> "fine"));
    }

    @Test
    void theLeastRecentlyUsedKeyLeavesFirst() {
        ResultCache<String, String> cache = new ResultCache<>(2);
        cache.get("a", () -> "1");
        cache.get("b", () -> "2");
        cache.get("a", () -> "again");
        cache.get("c", () -> "3");
        assertEquals("1", cache.get("a", () -> "recomputed"));
        assertEquals("recomputed b", cache.get("b", () -> "recomputed b"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
