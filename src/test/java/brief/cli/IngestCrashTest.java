package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.facts.FactsJson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest survives {@code kill -9}: child ingest processes are killed at several moments of a batch,
 * the same command is run again to the end, and then every brief is indexed exactly once, every fact
 * file is whole, and what was indexed before the crashes is still there. Also: a second ingest on the
 * same index stops at once with one clear line.
 */
class IngestCrashTest {

    static final String[] IDS = {"a", "b", "c", "d", "e"};

    @TempDir
    Path tmp;

    private Process start(Path in, Path index, Path out, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "brief.cli.Main", "ingest", in.toString(),
                "--index", index.toString(), "--out", out.toString()));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }

    private static long rewrittenSince(Path out, long millis) throws Exception {
        try (var files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(".json")).filter(f -> f.toFile().lastModified() >= millis)
                    .count();
        }
    }

    /** Brief a is ingested to the end; b..e are then put beside it, not yet ingested. */
    private void indexOneThenAddFour(Path in, Path index, Path out) throws Exception {
        Files.createDirectories(in);
        Files.copy(Path.of("corpus/fki-global-brief-16.pdf"), in.resolve("a.pdf"));
        assertEquals(0, start(in, index, out).waitFor());
        for (String id : List.of(IDS).subList(1, IDS.length)) {
            Files.copy(Path.of(id.compareTo("c") < 0 ? "corpus/fki-global-brief-16.pdf" : "corpus/fki-global-brief-16-lo.pdf"),
                    in.resolve(id + ".pdf"));
        }
    }

    @Test
    void aKilledIngestRerunLeavesEveryBriefIndexedExactlyOnce() throws Exception {
        Path in = tmp.resolve("in");
        Path index = tmp.resolve("index");
        Path out = tmp.resolve("extracted");
        indexOneThenAddFour(in, index, out);
        // Kill once during start-up, then right after the 1st, 2nd, 3rd and 4th brief of a forced batch
        // has been written: each time the index and the fact files are mid-batch.
        for (int written = 0; written <= 4; written++) {
            long started = System.currentTimeMillis();
            Process p = start(in, index, out, "--force");
            while (p.isAlive() && rewrittenSince(out, started) < written) {
                Thread.sleep(10);
            }
            if (written == 0) {
                Thread.sleep(500);
            }
            p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no finally blocks
        }
        Process rerun = start(in, index, out);
        assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), Files.readString(tmp.resolve("child.log")));
        // what an ingest that was never interrupted gives, for comparison
        Path reference = tmp.resolve("reference");
        assertEquals(0, CliTest.run("ingest", in.toString(), "--index", reference.toString(), "--out",
                tmp.resolve("reference-out").toString()).code());
        try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir);
             var refDir = FSDirectory.open(reference); var refReader = DirectoryReader.open(refDir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            IndexSearcher refSearcher = new IndexSearcher(refReader);
            for (String id : IDS) {
                TermQuery q = new TermQuery(new Term("id", id));
                assertTrue(refSearcher.count(q) > 0);
                assertEquals(refSearcher.count(q), searcher.count(q), "passages of " + id);
            }
            assertEquals(refReader.numDocs(), reader.numDocs());
        }
        for (String id : IDS) {
            var facts = FactsJson.read(out.resolve(id + ".json"));
            String text = Files.readString(out.resolve(id + ".txt"));
            assertEquals(id, facts.path("document").path("id").asText());
            facts.path("firms").forEach(f -> f.path("mentions").forEach(m -> assertEquals(m.path("text").asText(),
                    text.substring(m.path("start").asInt(), m.path("end").asInt()))));
        }
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    void aSecondIngestOnTheSameIndexStopsAtOnceWithOneLine() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String id : IDS) {
            Files.copy(Path.of("corpus/fki-global-brief-16.pdf"), in.resolve(id + ".pdf"));
        }
        Path index = tmp.resolve("index");
        try (var lock = brief.index.IngestLock.acquire(index)) {
            var result = CliTest.run("ingest", in.toString(), "--index", index.toString(), "--out",
                    tmp.resolve("out").toString());
            assertEquals(1, result.code());
            assertEquals(1, result.err().strip().lines().count(), result.err());
            assertTrue(result.err().contains("another ingest is writing this index"), result.err());
        }
        assertTrue(new File(index.toFile(), "ingest.lock").exists());
    }

    /** Searches keep answering, from the last committed state, while an ingest writes the same index. */
    @Test
    void searchesRunWhileAnIngestIsGoingOn() throws Exception {
        Path in = tmp.resolve("in");
        Path index = tmp.resolve("index");
        Path out = tmp.resolve("extracted");
        indexOneThenAddFour(in, index, out);
        Process ingest = start(in, index, out, "--force");
        int searches = 0;
        while (ingest.isAlive()) {
            var r = CliTest.run("search", "폭스콘", "--index", index.toString(), "--json");
            assertEquals(0, r.code(), r.err());
            assertTrue(FactsJson.mapper().readTree(r.out()).path("total").asLong() >= 1, r.out());
            searches++;
        }
        assertEquals(0, ingest.exitValue(), Files.readString(tmp.resolve("child.log")));
        assertTrue(searches >= 1, "no search ran during the ingest");
    }
}
