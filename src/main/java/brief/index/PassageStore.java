package brief.index;

import java.util.List;
import java.util.Optional;

/**
 * Where ingest writes passages: the embedded Lucene index ({@link BriefIndex}) or an OpenSearch
 * index ({@link OpenSearchIndex}). A brief is replaced whole; its content hash says whether it needs
 * to be written again.
 */
public interface PassageStore {

    /** {@return the content hash the store holds for brief {@code id}, if it holds one version of it whole} */
    Optional<String> sha256(String id);

    /** Replaces every passage of brief {@code id} by {@code passages}. */
    void replace(String id, List<Passage> passages);

    /** {@return where the store is, for messages: a folder or a URL} */
    String describe();

    /** Makes what was written visible to searches (a no-op where every write already is). */
    default void flush() {
    }
}
