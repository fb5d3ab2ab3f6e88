package brief.facts;

import java.util.Optional;

/** The {@code document} block of a fact file. {@code published} is an ISO partial date when known. */
public record DocumentInfo(String id, String source, String sha256, String title, String language,
                           int pages, Optional<String> published) {
}
