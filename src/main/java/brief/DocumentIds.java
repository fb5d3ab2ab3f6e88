package brief;

import brief.facts.FactFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ids of a batch of files, unique and stable. A file's id is its name ({@link Pipeline#idOf}),
 * unless that id already belongs to another file: one of the same batch listed before it, or one whose
 * facts the fact folder holds ({@code document.source} names another file that still exists). Then it
 * gets its parent folder's name added ({@code 2025/brief.pdf} becomes {@code brief-2025}), and a
 * number after that if even this is taken. A file keeps the id its facts were written under, so ids do
 * not move between runs; an id whose file is gone (moved, deleted) may be taken by the next claimant.
 */
public final class DocumentIds {

    /** The id of one file; {@code collision} names the file that holds the id its name would give. */
    public record Assigned(String id, Optional<String> collision) {
        /** {@return a note saying why the id is not the file name's, if it is not} */
        public Optional<String> note() {
            return collision.map(other -> "id '" + id + "', as '" + other + "' already holds the id of this file's name");
        }
    }

    private final FactFiles facts;

    public DocumentIds(FactFiles facts) {
        this.facts = facts;
    }

    /** {@return an id for each file, in the order given} */
    public Map<Path, Assigned> assign(List<Path> files) {
        Map<String, String> batch = new HashMap<>();
        Map<Path, Assigned> out = new LinkedHashMap<>();
        for (Path file : files) {
            if (out.containsKey(file)) {
                continue;
            }
            String source = Home.source(file);
            String base = Pipeline.idOf(file);
            Optional<String> holder = holder(base, source, batch);
            String id = base;
            if (holder.isPresent()) {
                Path parent = file.toAbsolutePath().normalize().getParent();
                String folder = parent == null || parent.getFileName() == null ? "" : Pipeline.idOf(parent.getFileName());
                String stem = folder.isEmpty() || folder.equals("document") ? base : base + "-" + folder;
                id = stem;
                for (int n = 2; holder(id, source, batch).isPresent(); n++) {
                    id = stem + "-" + n;
                }
            }
            batch.put(id, source);
            out.put(file, new Assigned(id, holder));
        }
        return out;
    }

    /** {@return the source of the other file that holds {@code id}, if another one does} */
    private Optional<String> holder(String id, String source, Map<String, String> batch) {
        String inBatch = batch.get(id);
        if (inBatch != null) {
            return inBatch.equals(source) ? Optional.empty() : Optional.of(inBatch);
        }
        return facts.source(id).filter(held -> !held.equals(source) && Files.exists(Home.file(held)));
    }
}
