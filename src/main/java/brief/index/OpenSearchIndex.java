package brief.index;

import brief.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Passages into brief's index on an OpenSearch cluster: the same passages and fact fields as the
 * local {@link BriefIndex}, analysed the same way ({@link OpenSearchSettings}). The index is created
 * on first write; one built by another version of brief (its {@code _meta} names the format and the
 * analysis) is refused, never silently dropped: on a shared cluster, deleting it is the operator's
 * call.
 *
 * <p>A brief is replaced in two steps that keep it whole at every moment: its new passages are
 * written under ids that carry the content hash ({@code id/hash/ordinal}, so writing the same brief
 * twice is idempotent), in bulk requests of at most {@value #BATCH} passages; only then are the
 * passages of any other version deleted (when a search finds any: versions written since the last
 * refresh are not yet seen, so two versions of one brief in one batch both stay until the next write). Items the cluster rejects as overloaded ({@code 429}, 5xx)
 * are retried {@value #RETRIES} times with a growing pause; if some still fail, the new version's
 * passages are removed again and the brief fails with the cluster's reason, the old version intact.
 */
public final class OpenSearchIndex implements PassageStore {

    static final int BATCH = 500;
    static final int RETRIES = 3;

    private final OpenSearchCluster cluster;
    private final int shards;
    private final int replicas;
    private boolean checked;

    public OpenSearchIndex(OpenSearchCluster cluster) {
        this(cluster, 1, 0);
    }

    /** An index created, when missing, with {@code shards} primary shards and {@code replicas} replicas of each. */
    public OpenSearchIndex(OpenSearchCluster cluster, int shards, int replicas) {
        this.cluster = cluster;
        this.shards = shards;
        this.replicas = replicas;
    }

    @Override
    public String describe() {
        return cluster.describe();
    }

    private String path(String rest) {
        return "/" + cluster.index() + rest;
    }

    /** {@return whether the index exists; refuses one of another format or analysis} */
    boolean exists() {
        Optional<JsonNode> mapping = cluster.sendIfFound("GET", path("/_mapping"), Optional.empty());
        if (mapping.isEmpty()) {
            return false;
        }
        JsonNode meta = mapping.get().path(cluster.index()).path("mappings").path("_meta");
        String format = meta.path("brief_format").asText("");
        String analysis = meta.path("brief_analysis").asText("");
        if (!format.equals(BriefIndex.FORMAT) || !analysis.equals(Analysis.shipped().name())) {
            throw new BadInputException("OpenSearch " + describe(), "built by another version of brief (format '"
                    + format + "', analysis '" + analysis + "'); delete that index to rebuild it");
        }
        return true;
    }

    /** {@return whether the index is there (checked with the cluster until it is, then remembered)} */
    private boolean present() {
        if (!checked) {
            checked = exists();
        }
        return checked;
    }

    /** Creates the index when it is missing (and checks it once when it is not). */
    void ensure() {
        if (!present()) {
            cluster.send("PUT", path(""), Optional.of(OpenSearchSettings.createIndex(shards, replicas).toString()));
            checked = true;
        }
    }

    @Override
    public Optional<String> sha256(String id) {
        if (!present()) {
            return Optional.empty();
        }
        ObjectNode body = OpenSearchSettings.JSON.createObjectNode().put("size", 0);
        body.putObject("query").putObject("term").putObject(BriefIndex.ID).put("value", id);
        body.putObject("aggs").putObject("sha").putObject("terms").put("field", BriefIndex.SHA).put("size", 2);
        JsonNode buckets = cluster.send("POST", path("/_search"), Optional.of(body.toString()))
                .path("aggregations").path("sha").path("buckets");
        // two hashes: an earlier replace stopped between its two steps; the brief is written again
        return buckets.size() == 1 ? Optional.of(buckets.get(0).path("key").asText()) : Optional.empty();
    }

    @Override
    public void replace(String id, List<Passage> passages) {
        ensure();
        String sha = passages.isEmpty() ? "" : passages.get(0).sha256();
        for (int from = 0; from < passages.size(); from += BATCH) {
            List<Passage> batch = passages.subList(from, Math.min(passages.size(), from + BATCH));
            List<String> failed = write(batch);
            if (!failed.isEmpty()) {
                deleteWhere(id, sha, true);
                throw new BadInputException("OpenSearch " + describe(), "brief '" + id + "': " + failed.size()
                        + " passage(s) not written (" + failed.get(0) + "); its previous version is kept");
            }
        }
        if (holdsOtherVersion(id, sha)) {
            deleteWhere(id, sha, false);
        }
    }

    /** {@return whether passages of brief {@code id} with another hash are searchable} */
    private boolean holdsOtherVersion(String id, String sha) {
        ObjectNode body = OpenSearchSettings.JSON.createObjectNode().put("size", 0).put("terminate_after", 1);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").putObject(BriefIndex.ID).put("value", id);
        bool.putArray("must_not").addObject().putObject("term").putObject(BriefIndex.SHA).put("value", sha);
        return cluster.send("POST", path("/_search"), Optional.of(body.toString()))
                .path("hits").path("total").path("value").asLong() > 0;
    }

    /** Writes a batch, retrying what the cluster could not take yet; {@return the reasons of what still failed} */
    private List<String> write(List<Passage> batch) {
        List<Passage> pending = batch;
        List<String> reasons = new ArrayList<>();
        for (int attempt = 0; attempt <= RETRIES && !pending.isEmpty(); attempt++) {
            if (attempt > 0) {
                pause(250L << attempt);
            }
            StringBuilder lines = new StringBuilder();
            for (Passage p : pending) {
                ObjectNode action = OpenSearchSettings.JSON.createObjectNode();
                action.putObject("index").put("_index", cluster.index()).put("_id", docId(p));
                lines.append(action).append('\n').append(document(p)).append('\n');
            }
            JsonNode items = cluster.sendLines("/_bulk", lines.toString()).path("items");
            List<Passage> retry = new ArrayList<>();
            reasons.clear();
            for (int i = 0; i < pending.size(); i++) {
                JsonNode item = items.path(i).path("index");
                int status = item.path("status").asInt(500);
                if (status >= 300) {
                    String reason = "HTTP " + status + " " + item.path("error").path("reason").asText("");
                    reasons.add(reason.strip());
                    if (status == 429 || status >= 500) {
                        retry.add(pending.get(i));
                    } else {
                        return reasons; // a document the mapping refuses: retrying cannot help
                    }
                }
            }
            pending = retry;
        }
        return pending.isEmpty() ? List.of() : reasons;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a bulk request", e);
        }
    }

    /** Deletes the passages of brief {@code id} whose hash is {@code sha} ({@code same}) or is not. */
    private void deleteWhere(String id, String sha, boolean same) {
        ObjectNode body = OpenSearchSettings.JSON.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").putObject(BriefIndex.ID).put("value", id);
        ObjectNode hash = OpenSearchSettings.JSON.createObjectNode();
        hash.putObject("term").putObject(BriefIndex.SHA).put("value", sha);
        (same ? (ArrayNode) bool.get("filter") : bool.putArray("must_not")).add(hash);
        cluster.send("POST", path("/_delete_by_query?conflicts=proceed&refresh=true"), Optional.of(body.toString()));
    }

    @Override
    public void flush() {
        if (checked) {
            cluster.send("POST", path("/_refresh"), Optional.empty());
        }
    }

    /** Deletes brief's index on the cluster (tests and benches use their own index names). */
    public void drop() {
        cluster.sendIfFound("DELETE", path(""), Optional.empty());
        checked = false;
    }

    static String docId(Passage p) {
        return p.docId() + "/" + p.sha256().substring(0, Math.min(12, p.sha256().length())) + "/" + p.ordinal();
    }

    static ObjectNode document(Passage p) {
        ObjectNode d = OpenSearchSettings.JSON.createObjectNode();
        d.put(BriefIndex.ID, p.docId()).put(BriefIndex.TITLE, p.title()).put(BriefIndex.SHA, p.sha256())
                .put(BriefIndex.PAGE, p.page()).put(BriefIndex.PASSAGE, p.ordinal())
                .put(BriefIndex.LANGUAGE, p.language()).put(TextFields.of(p.language()), p.text());
        Passage.Tags t = p.facts();
        t.firms().forEach(d.putArray(BriefIndex.FIRM)::add);
        t.countries().forEach(d.putArray(BriefIndex.COUNTRY)::add);
        t.years().forEach(d.putArray(BriefIndex.YEAR)::add);
        ArrayNode nm = d.putArray(BriefIndex.NM);
        for (BigDecimal n : t.nm()) {
            nm.add(BriefIndex.nm(n));
        }
        t.yen().forEach(d.putArray(BriefIndex.YEN)::add);
        return d;
    }
}
