package brief.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubstringIndexTest {

    @Test
    void answersWhatStringContainsAnswers() {
        String text = "플랫폼을 구축하고\n플랫 폼은 아니다\nTSMC의 2나노 공정";
        SubstringIndex index = SubstringIndex.of(text);
        assertTrue(index.contains("플랫폼을"));
        assertTrue(index.contains("플랫 폼"));
        assertTrue(index.contains("공정"));
        assertTrue(index.contains("\nTSMC"));
        assertTrue(index.contains(""));
        assertFalse(index.contains("플랫폼은"));
        assertFalse(index.contains("공정 "), "past the end of the text");
        assertFalse(index.contains("삼성"));
    }

    @Test
    void theEmptyTextHoldsOnlyTheEmptyString() {
        SubstringIndex index = SubstringIndex.of("");
        assertTrue(index.contains(""));
        assertFalse(index.contains("가"));
    }

    @Test
    void suffixesAreInOrder() {
        String s = "banana";
        Integer[] naive = IntStream.range(0, s.length()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(naive, (a, b) -> s.substring(a).compareTo(s.substring(b)));
        assertArrayEquals(new int[] {5, 3, 1, 0, 4, 2}, SubstringIndex.suffixArray(s));
        assertArrayEquals(java.util.Arrays.stream(naive).mapToInt(Integer::intValue).toArray(),
                SubstringIndex.suffixArray(s));
    }

    @Test
    void agreesWithStringContainsOnRandomRepetitiveTexts() {
        Random random = new Random(12);
        String alphabet = "가나 다\nab\u0000\uffff";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = random.nextBoolean() ? b.toString() : b.toString().repeat(3);
            SubstringIndex index = SubstringIndex.of(text);
            for (int q = 0; q < 50; q++) {
                StringBuilder p = new StringBuilder();
                int n = 1 + random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    p.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                assertEquals(text.contains(p), index.contains(p.toString()), "'" + p + "' in '" + text + "'");
            }
            if (!text.isEmpty()) { // and every piece of the text itself
                int from = random.nextInt(text.length());
                String piece = text.substring(from, from + random.nextInt(text.length() - from) + 1);
                assertTrue(index.contains(piece), "'" + piece + "' in '" + text + "'");
            }
        }
    }
}
