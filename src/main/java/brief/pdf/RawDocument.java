package brief.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PDF as read: where it came from, the SHA-256 of its bytes, what its metadata says, and its pages.
 * {@code created} is the creation date from the document information as ISO {@code YYYY-MM-DD};
 * {@code tools} its Creator and Producer (the programs that wrote it), those it names.
 */
public record RawDocument(Path source, String sha256, Optional<String> title, Optional<String> created,
                          List<RawPage> pages, List<String> warnings, List<String> tools) {
    public RawDocument {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
        tools = List.copyOf(tools);
    }

    /** {@return this document with {@code newPages} in place of its pages and {@code warning} added} */
    public RawDocument withPages(List<RawPage> newPages, String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new RawDocument(source, sha256, title, created, newPages, more, tools);
    }
}
