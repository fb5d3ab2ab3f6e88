package brief.facts;

/**
 * One occurrence of a fact in {@code extracted/<id>.txt}: {@code text} equals
 * {@code txt.substring(start, end)} (UTF-16 indices, end exclusive); {@code page} is 1-based.
 */
public record Mention(String text, int page, int start, int end) {
    public Mention {
        if (start < 0 || end < start || page < 1) {
            throw new IllegalArgumentException(
                    "bad mention '" + text + "': page " + page + ", [" + start + ", " + end + ")");
        }
    }
}
