package brief.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.extract.AmountExtractor;
import brief.extract.DateExtractor;
import brief.nlp.AnalyzedText;
import brief.text.CleanText;
import brief.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link SpansInside} against the scan it replaces, on the dates and amounts of the corpus brief (a range
 * gives two amounts one span) asked for every cell and line of its tables and every window of up to 40
 * characters: the same items, in the order of their list.
 */
class SpansInsideTest {

    @Test
    void givesWhatAScanGivesOnTheMentionsOfABrief() throws IOException {
        String text = Files.readString(Path.of("corpus/fki-global-brief-16.pdf.txt"));
        AnalyzedText analyzed = new AnalyzedText(CleanText.ofSinglePage(text), List.of(), List.of());
        var dates = new DateExtractor(Optional.of("2025-05-15")).extract(analyzed);
        var amounts = new AmountExtractor().extract(analyzed);
        assertTrue(dates.size() >= 5 && amounts.size() >= 3, dates.size() + " dates, " + amounts.size() + " amounts");
        List<Span> asked = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int cell = lineStart;
            for (String c : line.split("\t", -1)) {
                asked.add(new Span(cell, cell + c.length()));
                cell += c.length() + 1;
            }
            asked.add(new Span(lineStart, lineStart + line.length()));
            lineStart += line.length() + 1;
        }
        for (int start = 0; start < text.length(); start += 7) {
            for (int end = start; end <= Math.min(text.length(), start + 40); end += 3) {
                asked.add(new Span(start, end));
            }
        }
        assertSameAsScan(dates, brief.extract.DateMention::span, asked);
        assertSameAsScan(amounts, brief.extract.AmountMention::span, asked);
    }

    private static <T> void assertSameAsScan(List<T> items, Function<T, Span> span, List<Span> asked) {
        SpansInside<T> index = new SpansInside<>(items, span);
        int hits = 0;
        for (Span outer : asked) {
            List<T> scanned = items.stream().filter(x -> outer.contains(span.apply(x))).toList();
            assertEquals(scanned, index.inside(outer), "inside " + outer);
            hits += scanned.size();
        }
        assertTrue(hits > items.size(), hits + " items found inside");
    }
}
