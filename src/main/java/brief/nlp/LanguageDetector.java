package brief.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text, as an ISO 639-1 code ({@code ko}, {@code en}, {@code ja}), from OpenNLP's
 * language detector ({@code langdetect-183.bin} of {@code org.apache.opennlp:opennlp-models-langdetect},
 * Apache License 2.0, 103 languages, which answers in ISO 639-3). A language without a two-letter code
 * keeps its three letters; a text without letters is {@code und}. The model is loaded once per process.
 */
public final class LanguageDetector {

    private static final String RESOURCE = "/langdetect-183.bin";
    /** The detector's macro-language members that ISO 639-1 names by the macro-language. */
    private static final Map<String, String> MEMBERS = Map.of("cmn", "zh", "zsm", "ms", "pes", "fa", "arb", "ar",
            "ekk", "et", "lvs", "lv", "swh", "sw", "uzn", "uz", "azj", "az");
    /** Enough text to decide; reading a whole brief adds time and nothing else. */
    private static final int SAMPLE = 10_000;

    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource " + RESOURCE
                            + " (dependency opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + RESOURCE, e);
            }
        }
    }

    private static final Map<String, String> TWO_LETTER = twoLetter();

    /** {@return the ISO 639-1 code of the language {@code text} is written in} */
    public String detect(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return "und";
        }
        String sample = text.length() <= SAMPLE ? text : text.substring(0, SAMPLE);
        if (mostlyHangul(sample)) {
            // Hangul is written for Korean alone: no need to load the 10 MB model (2.4 s per process)
            return "ko";
        }
        String iso3 = new LanguageDetectorME(Model.INSTANCE).predictLanguage(sample).getLang();
        return toIso1(iso3);
    }

    /**
     * {@return whether at least a third of the words (runs of letters of one script) are Hangul} Words, not
     * letters: a Hangul syllable is one code point where a Latin word spells each sound, so a Korean form
     * with an English line under each Korean one (복학원서 / Reinstatement Form) has more Latin letters
     * than Hangul and is still Korean, while an English report naming a few Korean firms in Hangul is not.
     */
    static boolean mostlyHangul(String text) {
        long hangulWords = 0, otherWords = 0;
        Boolean inHangul = null; // the script of the word being read, null between words
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                inHangul = null;
                continue;
            }
            boolean hangul = Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
            if (inHangul == null || inHangul != hangul) {
                if (hangul) {
                    hangulWords++;
                } else {
                    otherWords++;
                }
                inHangul = hangul;
            }
        }
        return hangulWords > 0 && hangulWords * 2 >= otherWords;
    }

    /** {@return the two-letter code of an ISO 639-3 code, or the code itself when there is none} */
    static String toIso1(String iso3) {
        String member = MEMBERS.get(iso3);
        return member != null ? member : TWO_LETTER.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> twoLetter() {
        Map<String, String> out = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            out.put(Locale.of(two).getISO3Language(), two);
        }
        return out;
    }
}
