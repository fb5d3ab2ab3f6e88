package brief.index;

import java.util.List;

/** What the index holds of one page: the document it belongs to, the page, its text and fact fields. */
public record Passage(String docId, String title, String sha256, int page, String text, List<String> firms,
                      List<Integer> years) {
    public Passage {
        firms = List.copyOf(firms);
        years = List.copyOf(years);
    }
}
