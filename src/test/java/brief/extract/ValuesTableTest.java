package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written phrases of {@code extract/values.tsv}: each sentence read by the money or the date
 * extractor must give exactly the values listed, and every mention's text must be its span's surface.
 */
class ValuesTableTest {

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = ValuesTableTest.class.getResourceAsStream("/extract/values.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> {
                String[] c = l.split("\t", -1);
                if (c.length != 4) {
                    throw new IllegalStateException("values.tsv: expected 4 columns, got " + c.length + " in '" + l + "'");
                }
                return Arguments.of(c[0], c[1], c[2], c[3]);
            });
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("rows")
    void readsTheValuesAReaderTakes(String kind, String published, String sentence, String expected) {
        String got = switch (kind) {
            case "money" -> {
                List<AmountMention> found = new AmountExtractor().extract(Texts.analyzed(sentence));
                found.forEach(a -> assertEquals(a.span().of(sentence), a.text()));
                yield Texts.render(found, a -> a.currency() + " " + a.value() + Texts.qualifier(a.qualifier()));
            }
            case "date" -> {
                DateExtractor extractor = new DateExtractor(published.equals("-") ? Optional.empty() : Optional.of(published));
                List<DateMention> found = extractor.extract(Texts.analyzed(sentence));
                found.forEach(d -> assertEquals(d.span().of(sentence), d.text()));
                yield Texts.render(found, d -> d.value() + Texts.qualifier(d.qualifier()));
            }
            default -> throw new IllegalStateException("values.tsv: unknown kind '" + kind + "'");
        };
        assertEquals(expected, got, sentence);
    }

    @org.junit.jupiter.api.Test
    void theTableHoldsAtLeastTwoHundredPhrases() throws IOException {
        assertTrue(rows().count() >= 200);
    }
}
