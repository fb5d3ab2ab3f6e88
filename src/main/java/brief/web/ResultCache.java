package brief.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The last answers of the search page, least recently used out first: paging through a result, coming
 * back to it or many people asking the same runs the query once. A key carries the version of the index
 * it was answered from, so an ingest makes every older answer unreachable (and they age out).
 */
final class ResultCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** {@return the cached answer for {@code key}, computing (outside the lock) and keeping it when absent} */
    V get(K key, Supplier<V> compute) {
        Optional<V> hit;
        synchronized (this) {
            hit = Optional.ofNullable(entries.get(key));
        }
        if (hit.isPresent()) {
            return hit.get();
        }
        V value = compute.get();
        synchronized (this) {
            entries.put(key, value);
        }
        return value;
    }

    synchronized int size() {
        return entries.size();
    }
}
