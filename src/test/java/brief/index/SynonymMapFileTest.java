package brief.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** A synonym map written and read back expands a query as the map it was written from does. */
class SynonymMapFileTest {

    private static final List<List<String>> GROUPS = List.of(List.of("폭스콘", "홍하이", "hon hai", "foxconn"),
            List.of("tsmc", "대만 반도체 제조"), List.of("렌고"));

    @Test
    void aMapReadBackExpandsAsTheOriginal() throws IOException {
        SynonymMap original = AliasSynonyms.map(GROUPS);
        byte[] file = SynonymMapFile.write("label", original);
        SynonymMap read = SynonymMapFile.read(file);
        assertEquals("label", SynonymMapFile.label(file));
        assertArrayEquals(file, SynonymMapFile.write("label", read));
        for (String query : List.of("홍하이 투자", "hon hai 와 tsmc", "대만 반도체 제조 공장", "렌고")) {
            assertEquals(expand(original, query), expand(read, query), query);
        }
        List<String> expanded = expand(read, "홍하이 투자");
        for (String alias : List.of("폭스콘", "foxconn", "hon", "hai", "홍하이", "투자")) {
            assertTrue(expanded.stream().anyMatch(t -> t.startsWith(alias + "/")), alias + " in " + expanded);
        }
    }

    @Test
    void anEmptyMapAndACutFileRoundTripOrFail() {
        SynonymMap empty = AliasSynonyms.map(List.of());
        assertArrayEquals(SynonymMapFile.write("e", empty), SynonymMapFile.write("e", SynonymMapFile.read(SynonymMapFile.write("e", empty))));
        byte[] file = SynonymMapFile.write("label", AliasSynonyms.map(GROUPS));
        assertThrows(IllegalArgumentException.class, () -> SynonymMapFile.read(java.util.Arrays.copyOf(file, file.length - 3)));
    }

    private static List<String> expand(SynonymMap map, String text) throws IOException {
        List<String> out = new ArrayList<>();
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream s = new SynonymGraphFilter(tokenizer, map, true)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = s.addAttribute(PositionIncrementAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement());
            }
            s.end();
        }
        return out;
    }
}
