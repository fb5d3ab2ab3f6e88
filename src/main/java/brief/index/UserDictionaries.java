package brief.index;

import brief.extract.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Nori user dictionary of the index, generated at build time ({@link BuildTimeAnalysis}, in Maven's
 * {@code process-classes} phase, into {@link #GENERATED} on the class path) and read when a process
 * first needs it; without that file (classes not built by Maven) it is generated in the process. It
 * holds every all-Hangul
 * alias of the gazetteer ({@code 미쓰비시자동차}, {@code 폭스콘}, {@code 일본첨단반도체제조}) plus the curated
 * domain terms of {@code brief/search/terms.txt} ({@code 질화갈륨}, {@code 소부장}, {@code 홋카이도}).
 *
 * <p>Each entry carries its own segmentation, taken from plain Nori ({@code 미쓰비시자동차 미쓰비시 자동차}),
 * so a decompounding analyzer can still emit the parts while a non-decompounding one keeps the word
 * whole. Aliases with spaces, Latin letters or digits are left out: Nori splits at those anyway, and
 * the query-time synonym graph handles multi-token names.
 *
 * <p>Nori tags every user entry NNG. Every entry here is a noun by construction (a name or a noun
 * compound), so NNG is the right coarse class; the one thing lost is NNP versus NNG, which no stage of
 * the search chain reads (the stop tags drop particles, endings and symbols, never nouns). The
 * {@code nlp/} stage, where tags do matter, does not use this dictionary.
 */
final class UserDictionaries {

    private static final String TERMS = "/brief/search/terms.txt";
    /** Where the build writes the dictionary text, {@link #text} of {@link #entries}. */
    static final String GENERATED = "/brief/search/generated/userdict.txt";

    private UserDictionaries() {
    }

    /** {@return the generated dictionary, read (or generated) once per process} */
    static UserDictionary standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final List<String> RULES = BuildTimeAnalysis.resource(GENERATED).orElseGet(() -> text(entries()))
                .lines().toList();
        static final UserDictionary INSTANCE = open(String.join("\n", RULES));
    }

    /** {@return the dictionary's lines (a word, then its segmentation), as OpenSearch's {@code user_dictionary_rules} take them} */
    static List<String> rules() {
        return Holder.RULES;
    }

    /** {@return the words of the dictionary, sorted, without duplicates} */
    static List<String> entries() {
        TreeSet<String> words = new TreeSet<>(curated());
        for (Gazetteer.Entry e : Gazetteer.standard().entries()) {
            words.add(e.name());
            words.addAll(e.aliases());
        }
        words.removeIf(w -> !w.matches("\\p{IsHangul}{2,}"));
        return List.copyOf(words);
    }

    /** {@return the dictionary text: one word a line, followed by its segmentation when Nori splits it} */
    static String text(List<String> words) {
        StringBuilder out = new StringBuilder();
        try (KoreanTokenizer plain = brief.nlp.NoriDictionaries.tokenizer(null,
                KoreanTokenizer.DecompoundMode.DISCARD, false, true)) {
            CharTermAttribute term = plain.addAttribute(CharTermAttribute.class);
            for (String w : words) {
                List<String> parts = new ArrayList<>();
                plain.setReader(new StringReader(w));
                plain.reset();
                while (plain.incrementToken()) {
                    parts.add(term.toString());
                }
                plain.end();
                plain.close();
                out.append(w);
                // A segmentation must spell the word exactly; Nori's parts of a noun do, but check.
                if (parts.size() > 1 && String.join("", parts).equals(w)) {
                    out.append(' ').append(String.join(" ", parts));
                }
                out.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting the user dictionary", e);
        }
        return out.toString();
    }

    static UserDictionary open(String text) {
        try {
            return UserDictionary.open(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the generated user dictionary", e);
        }
    }

    private static List<String> curated() {
        InputStream in = UserDictionaries.class.getResourceAsStream(TERMS);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + TERMS);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                s = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (!s.matches("\\p{IsHangul}{2,}")) {
                    throw new IllegalStateException(TERMS + ":" + line + ": '" + s + "' is not one Hangul word");
                }
                out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + TERMS, e);
        }
        return out;
    }
}
