package brief.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The {@code document} block of a fact file. {@code published} is an ISO partial date when known;
 * {@code published_from} says where it came from: {@code option} ({@code --published}), {@code text} (the
 * brief's masthead, kicker, cover or running header) or {@code metadata} (the PDF's creation date).
 */
public record DocumentInfo(String id, String source, String sha256, String title, String language,
                           int pages, Optional<String> published,
                           @JsonProperty("published_from") Optional<String> publishedFrom) {

    /** A document whose publication date, if any, has no recorded source. */
    public DocumentInfo(String id, String source, String sha256, String title, String language, int pages,
                        Optional<String> published) {
        this(id, source, sha256, title, language, pages, published, Optional.empty());
    }
}
