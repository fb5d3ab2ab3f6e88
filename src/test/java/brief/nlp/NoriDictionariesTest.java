package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.junit.jupiter.api.Test;

/** The quickly decoded connection costs are Lucene's, entry for entry, and tokenize the same. */
class NoriDictionariesTest {

    private static byte[] costsFile() throws IOException {
        try (InputStream in = ConnectionCosts.class.getResourceAsStream("ConnectionCosts.dat")) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyEntryOfTheMatrixIsLucenes() throws IOException {
        ByteArrayDataInput header = new ByteArrayDataInput(costsFile());
        CodecUtil.checkHeader(header, "ko_cc", 1, 1);
        int forward = header.readVInt();
        int backward = header.readVInt();
        ConnectionCosts ours = NoriDictionaries.costs();
        ConnectionCosts lucene = ConnectionCosts.getInstance();
        assertNotSame(lucene, ours, "the quick decoding fell back to Lucene's instance");
        long differ = 0;
        for (int b = 0; b < backward; b++) {
            for (int f = 0; f < forward; f++) {
                if (ours.get(f, b) != lucene.get(f, b)) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ, "entries differing of " + (long) forward * backward);
    }

    @Test
    void aBriefTokenizesAsWithLucenesOwnCosts() throws IOException {
        String text = Files.readString(Path.of("corpus/src/fki-global-brief-16.txt"), StandardCharsets.UTF_8);
        for (KoreanTokenizer.DecompoundMode mode : KoreanTokenizer.DecompoundMode.values()) {
            List<String> lucene = tokens(new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, mode,
                    false, true), text);
            List<String> ours = tokens(NoriDictionaries.tokenizer(null, mode, false, true), text);
            assertEquals(lucene, ours, mode.toString());
        }
    }

    @Test
    void aDamagedFileIsRefused() throws IOException {
        byte[] file = costsFile();
        file[3] ^= 1; // the codec's magic number
        assertThrows(IOException.class, () -> NoriDictionaries.decoded(file));
        byte[] cut = java.util.Arrays.copyOf(costsFile(), 1000);
        assertThrows(RuntimeException.class, () -> NoriDictionaries.decoded(cut));
    }

    private static List<String> tokens(KoreanTokenizer tokenizer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (tokenizer) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(term + "/" + pos.getLeftPOS() + "/" + offset.startOffset());
            }
            tokenizer.end();
        }
        return out;
    }
}
