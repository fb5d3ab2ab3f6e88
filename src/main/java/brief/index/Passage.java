package brief.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the index holds of one passage (a paragraph, or a table with its heading) of one page:
 * the document it belongs to, the page, its ordinal in the document, its text and fact fields, and the
 * language of its document, which chooses the text field that analyses it ({@link TextFields}).
 *
 * @param ordinal  0-based position of the passage in its document
 * @param facts    the facts mentioned inside the passage
 * @param language the document's language (ISO 639-1, or "und")
 */
public record Passage(String docId, String title, String sha256, int page, int ordinal, String text, Tags facts,
                      String language) {

    /** A passage of a Korean document. */
    public Passage(String docId, String title, String sha256, int page, int ordinal, String text, Tags facts) {
        this(docId, title, sha256, page, ordinal, text, facts, "ko");
    }

    /**
     * Fact values mentioned in a passage: canonical firm names, ISO countries of the firms and
     * organisations, years of dates, process nodes in nm, sums in yen.
     */
    public record Tags(List<String> firms, List<String> countries, List<Integer> years, List<BigDecimal> nm,
                       List<Long> yen) {
        public static final Tags NONE = new Tags(List.of(), List.of(), List.of(), List.of(), List.of());

        public Tags {
            firms = List.copyOf(firms);
            countries = List.copyOf(countries);
            years = List.copyOf(years);
            nm = List.copyOf(nm);
            yen = List.copyOf(yen);
        }
    }
}
