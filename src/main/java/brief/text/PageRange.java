package brief.text;

/** Page {@code page} (1-based) of a document occupies {@code span} of its clean text. */
public record PageRange(int page, Span span) {
    public PageRange {
        if (page < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + page);
        }
    }
}
