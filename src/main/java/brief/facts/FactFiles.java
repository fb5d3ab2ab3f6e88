package brief.facts;

import brief.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fact files of a folder: {@code <id>.json} and the clean text {@code <id>.txt} its offsets point
 * into. Each file is written to a temporary file beside it and renamed, so a reader never sees half.
 */
public final class FactFiles {

    private final Path dir;

    public FactFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes the text first, then the facts: a fact file never points into a missing text. */
    public void write(Facts facts, String cleanText) {
        String id = facts.document().id();
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(id + ".txt"), cleanText);
            writeAtomically(dir.resolve(id + ".json"), FactsJson.write(facts));
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write the facts of " + id + " (" + e.getMessage() + ")", e);
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = siblingTemp(target);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * {@return a fresh name beside {@code target} for its temporary file} Not {@code createTempFile}:
     * that one makes the file private (0600), and the rename would carry that mode over to the fact file
     * or export; a file created plainly gets the user's usual mode (umask), as any other output.
     */
    public static Path siblingTemp(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextInt()) + ".tmp");
    }

    /** {@return every fact file of the folder as JSON, by file name} */
    public List<JsonNode> readAll() {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "no such folder of fact files; run './brief ingest' first");
        }
        List<JsonNode> out = new ArrayList<>();
        for (Path p : jsonFiles()) {
            out.add(FactsJson.read(p));
        }
        return out;
    }

    /** {@return whether the folder holds facts of {@code id} read from a file with content hash {@code sha256}} */
    public boolean holds(String id, String sha256) {
        Path json = dir.resolve(id + ".json");
        return Files.isRegularFile(json) && Files.isRegularFile(dir.resolve(id + ".txt"))
                && FactsJson.read(json).path("document").path("sha256").asText().equals(sha256);
    }

    /** {@return the file the facts of {@code id} were read from ({@code document.source}), if the folder holds them} */
    public java.util.Optional<String> source(String id) {
        Path json = dir.resolve(id + ".json");
        if (!Files.isRegularFile(json)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(FactsJson.read(json).path("document").path("source").asText(""))
                .filter(s -> !s.isEmpty());
    }

    /** {@return the JSON files of the folder, sorted by name} */
    public List<Path> jsonFiles() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }
}
