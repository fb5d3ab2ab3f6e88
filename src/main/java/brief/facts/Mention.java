package brief.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * One occurrence of a fact in {@code extracted/<id>.txt}: {@code text} equals
 * {@code txt.substring(start, end)} (UTF-16 indices, end exclusive); {@code page} is 1-based.
 * {@code sentence_start} and {@code sentence_end} bound the sentence the mention stands in, in the same
 * text and units (an addition to {@code brief-facts/1}). {@code read_by} is {@code "ocr"} when the page
 * the mention stands on was read by OCR (its text may hold misread characters), absent otherwise (also
 * an addition).
 */
public record Mention(String text, int page, int start, int end,
                      @JsonProperty("sentence_start") int sentenceStart,
                      @JsonProperty("sentence_end") int sentenceEnd,
                      @JsonProperty("read_by") Optional<String> readBy) {

    /** A mention on a page with a text layer. */
    public Mention(String text, int page, int start, int end, int sentenceStart, int sentenceEnd) {
        this(text, page, start, end, sentenceStart, sentenceEnd, Optional.empty());
    }

    public Mention {
        if (start < 0 || end < start || page < 1 || sentenceStart > start || sentenceEnd < end) {
            throw new IllegalArgumentException("bad mention '" + text + "': page " + page + ", [" + start + ", "
                    + end + ") in sentence [" + sentenceStart + ", " + sentenceEnd + ")");
        }
    }
}
