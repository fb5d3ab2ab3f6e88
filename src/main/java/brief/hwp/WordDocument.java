package brief.hwp;

import brief.text.CleanText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Hangul word-processor file as read: where it came from, the SHA-256 of its bytes, when it was last saved, and
 * its body text already in the form the layout stage gives a PDF (a {@link CleanText}). The title is left to the
 * first line: the summary's title is most often a template's leftover. {@code pages} is the number of pages the file records (at least 1); {@code saved} is ISO {@code YYYY-MM-DD}: the
 * file's last-saved date, else its creation date (often a template's, years older than the brief).
 */
public record WordDocument(Path source, String sha256, Optional<String> saved,
                           CleanText text, int pages, List<String> warnings) {
    public WordDocument {
        warnings = List.copyOf(warnings);
        if (pages < 1) {
            throw new IllegalArgumentException(source + ": a document has at least one page, got " + pages);
        }
    }
}
