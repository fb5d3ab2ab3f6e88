package brief.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The last answers of the search page, least recently used out first: paging through a result, coming
 * back to it or many people asking the same runs the query once. A key carries the version of the index
 * it was answered from, so an ingest makes every older answer unreachable (and they age out). Requests
 * for a key being computed wait for that computation instead of running the query again: eight people
 * asking the same at once cost one search.
 */
final class ResultCache<K, V> {

    private final int capacity;
    private final Map<K, CompletableFuture<V>> entries;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /**
     * {@return the cached answer for {@code key}, computing (outside the lock) and keeping it when absent}
     * A computation that fails is not kept: its exception reaches every caller that waited for it.
     */
    V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> found;
        synchronized (this) {
            found = entries.putIfAbsent(key, mine);
        }
        if (found != null) {
            try {
                return found.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
