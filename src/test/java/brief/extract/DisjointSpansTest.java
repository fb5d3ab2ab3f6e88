package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.AnalyzedText;
import brief.nlp.TextAnalyzer;
import brief.text.CleanText;
import brief.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The look-up of {@link DisjointSpans} against a scan of the spans it holds. */
class DisjointSpansTest {

    /** Each row: spans held ({@code start-end value}), a span asked, the entry that overlaps it or -. */
    @ParameterizedTest(name = "{0} asked {1}")
    @CsvSource(delimiter = '|', value = {
        "2-5 a ; 8-10 b | 5-8 | -",          // touching both ends overlaps neither
        "2-5 a ; 8-10 b | 4-9 | 8-10 b",     // the last to start of the two it overlaps
        "2-5 a ; 8-10 b | 0-3 | 2-5 a",
        "2-5 a ; 8-10 b | 8-10 | 8-10 b",    // the equal one, the only one overlapping
        "2-5 a ; 8-10 b | 3-3 | 2-5 a",      // an empty span inside one overlaps it, as Span.overlaps says
        "2-5 a ; 8-10 b | 5-5 | -",
        "2-5 a ; 8-10 b | 0-20 | 8-10 b",
        "2-5 a ; 8-10 b | 11-12 | -",
    })
    void findsTheSpanItOverlaps(String held, String asked, String expected) {
        DisjointSpans<String> spans = new DisjointSpans<>();
        for (String entry : held.split(" ; ")) {
            spans.add(span(entry.split(" ")[0]), entry.split(" ")[1]);
        }
        assertEquals(expected, spans.overlapping(span(asked)).map(e -> render(e.span()) + " " + e.value()).orElse("-"));
    }

    @Test
    void refusesASpanThatOverlapsOneHeldOrIsEmpty() {
        DisjointSpans<String> spans = new DisjointSpans<>();
        spans.add(new Span(2, 5), "a");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> spans.add(new Span(4, 6), "b")).getMessage()
                .contains("[start=2, end=5]"));
        assertThrows(IllegalArgumentException.class, () -> spans.add(new Span(7, 7), "c"));
    }

    /**
     * The candidates every finder reads in the corpus brief, overlapping each other, taken longest first
     * as {@link MentionMerger} takes them: at each the look-up answers as a scan of those kept does.
     */
    @Test
    void answersAsAScanDoesOnTheCandidatesOfABrief() throws IOException {
        String text = Files.readString(Path.of("corpus/fki-global-brief-16.pdf.txt"));
        AnalyzedText analyzed = new TextAnalyzer().analyze(CleanText.ofSinglePage(text));
        Gazetteer g = Gazetteer.standard();
        List<Span> candidates = new ArrayList<>();
        for (NameFinder f : List.of(new GazetteerFinder(g), new RuleFinder(g), new CueFirmFinder(g))) {
            f.find(analyzed).forEach(m -> candidates.add(m.span()));
        }
        candidates.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
        DisjointSpans<Span> spans = new DisjointSpans<>();
        List<Span> kept = new ArrayList<>();
        int refused = 0;
        for (Span c : candidates) {
            Optional<Span> scanned = kept.stream().filter(k -> k.overlaps(c)).max(Comparator.comparingInt(Span::start));
            assertEquals(scanned, spans.overlapping(c).map(DisjointSpans.Entry::span), "asked " + c);
            if (scanned.isEmpty()) {
                spans.add(c, c);
                kept.add(c);
            } else {
                refused++;
            }
        }
        assertTrue(kept.size() > 20 && refused > 0, kept.size() + " kept, " + refused + " refused");
    }

    private static Span span(String s) {
        String[] p = s.split("-");
        return new Span(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    private static String render(Span s) {
        return s.start() + "-" + s.end();
    }
}
