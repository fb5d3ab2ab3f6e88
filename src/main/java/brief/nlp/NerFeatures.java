package brief.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The features of brief's name finder, and how a Nori morpheme reaches them.
 *
 * <p>OpenNLP hands feature generators nothing but {@code String} tokens, in training ({@code NameSample})
 * and in search alike. So each token the model sees is an encoded morpheme,
 * {@code surface US pos US known} ({@code US} is U+001F, which no text of ours holds): {@link #encode}
 * makes them from Nori's tokens and the spans a gazetteer knows. The generator decodes them, runs
 * OpenNLP's standard generators on the surfaces alone (token and token class in a window of two,
 * prefixes and suffixes up to four characters, the previous outcome of the same token, bigrams,
 * sentence begin and end) and adds what Korean offers: the Sejong tag of the token and its
 * neighbours, the script (Hangul, Latin, digits, mixed), whether the token ends with a company or an
 * organisation suffix, and whether the gazetteer knows it. The encoding is a pure function of the
 * sentence, so training and search see the same features, with no state shared between calls.
 *
 * <p>The model's feature descriptor names {@link Factory}, so a model file rebuilds this generator
 * when it is loaded.
 */
public final class NerFeatures implements AdaptiveFeatureGenerator {

    private static final char US = '\u001F';

    /** Company-name heads: a token ending so (or the next token being one) suggests a firm. */
    static final Set<String> FIRM_SUFFIXES = Set.of("전자", "자동차", "반도체", "홀딩스", "그룹", "은행", "증권",
            "생명", "화학", "건설", "제약", "에너지", "통신", "텔레콤", "항공", "중공업", "물산", "카드", "보험",
            "전기", "바이오", "엔터테인먼트", "모터스", "케미칼", "디스플레이", "제철", "해운", "백화점", "푸드",
            "Inc", "Inc.", "Corp", "Corp.", "Co", "Ltd", "Ltd.", "Holdings", "Electronics", "Motors", "Group");
    /** Heads of non-company bodies. */
    static final Set<String> ORG_SUFFIXES = Set.of("부", "청", "처", "원", "위원회", "협회", "연구원", "연구소",
            "공단", "재단", "대학교", "대학", "당", "법원", "검찰청", "경찰청", "연합", "협의회", "조합", "학교",
            "구단", "군", "시청", "구청", "국회", "정부", "센터", "Agency", "Institute", "University", "Association");

    private final AdaptiveFeatureGenerator standard = new AggregatedFeatureGenerator(
            // each token's own token and class features made once per sentence, not once per window
            new WindowFeatureGenerator(new PerTokenFeatures(new TokenFeatureGenerator(true)), 2, 2),
            new WindowFeatureGenerator(new PerTokenFeatures(new TokenClassFeatureGenerator(true)), 2, 2),
            new PrefixFeatureGenerator(4),
            new SuffixFeatureGenerator(4),
            new PreviousMapFeatureGenerator(),
            new BigramNameFeatureGenerator(),
            new SentenceFeatureGenerator(true, false));

    private String[] lastEncoded;
    private Decoded lastDecoded;
    /**
     * The features of each index of {@link #lastEncoded}, made on first demand: OpenNLP's beam search
     * asks for the same index once per candidate it keeps (three by default), and none of these features
     * depends on the candidate's previous outcomes, only on the tokens and on the adaptive data, which
     * changes between sentences alone (so {@link #updateAdaptiveData} and {@link #clearAdaptiveData}
     * forget them).
     */
    private String[][] lastFeatures = new String[0][];

    /**
     * The parts of an encoded sentence; {@code spaced[i]} is whether white space (or the sentence's start)
     * comes before token {@code i}, {@code stems[i]} the word (eojeol) the token stands in without its
     * particles ({@code 제주대} of {@code 제주대는}).
     */
    private record Decoded(String[] surfaces, String[] pos, String[] known, boolean[] spaced, String[] stems,
                           String[] scripts, boolean[] firmSuffix, boolean[] orgSuffix) {
    }

    /**
     * Encodes one sentence for the model.
     *
     * @param tokens the sentence's Nori morphemes, in order
     * @param known  spans (of the same text) a gazetteer names, with their type
     * @return one encoded token per morpheme
     */
    public static String[] encode(List<Token> tokens, List<NerSpan> known) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            Token t = tokens.get(i);
            String mark = "-";
            for (NerSpan k : known) {
                if (k.span().contains(t.span())) {
                    mark = (k.span().start() == t.span().start() ? "B" : "I") + k.type().label();
                    break;
                }
            }
            boolean spaced = i == 0 || tokens.get(i - 1).span().end() < t.span().start();
            out[i] = t.surface().replace(US, ' ') + US + t.pos() + US + mark + US + (spaced ? "1" : "0");
        }
        return out;
    }

    /** {@return the surface of an encoded token} */
    public static String surface(String encoded) {
        int at = encoded.indexOf(US);
        return at < 0 ? encoded : encoded.substring(0, at);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        Decoded d = decode(tokens);
        String[] made = lastFeatures[index];
        if (made == null) {
            List<String> fresh = new ArrayList<>();
            features(fresh, d, tokens.length, index, previousOutcomes);
            made = fresh.toArray(String[]::new);
            lastFeatures[index] = made;
        }
        features.addAll(Arrays.asList(made));
    }

    private void features(List<String> features, Decoded d, int length, int index, String[] previousOutcomes) {
        standard.createFeatures(features, d.surfaces(), index, previousOutcomes);
        for (int off = -2; off <= 2; off++) {
            int j = index + off;
            String p = j < 0 ? "BOS" : j >= length ? "EOS" : d.pos()[j];
            features.add("pos" + off + "=" + p);
        }
        String prev = index > 0 ? d.pos()[index - 1] : "BOS";
        String next = index + 1 < length ? d.pos()[index + 1] : "EOS";
        features.add("posbi-=" + prev + "_" + d.pos()[index]);
        features.add("posbi+=" + d.pos()[index] + "_" + next);
        features.add("wpos=" + d.surfaces()[index].toLowerCase(java.util.Locale.ROOT) + "_" + d.pos()[index]);
        for (int off = -1; off <= 1; off++) {
            int j = index + off;
            if (j < 0 || j >= length) {
                continue;
            }
            features.add("script" + off + "=" + d.scripts()[j]);
            if (d.firmSuffix()[j]) {
                features.add("firmsfx" + off);
            }
            if (d.orgSuffix()[j]) {
                features.add("orgsfx" + off);
            }
            features.add("gaz" + off + "=" + d.known()[j]);
        }
        // where words begin: a name starts a word (Nori's morphemes do not say so) and ends at a particle
        boolean begins = d.spaced()[index];
        boolean ends = index + 1 >= length || d.spaced()[index + 1];
        features.add("wb=" + begins + "_" + ends);
        features.add("wbpos=" + begins + "_" + d.pos()[index]);
        // the word the token stands in, without its particles, and that word's last syllables: heads
        // glued to a name (제주대, 도교육청, 롯데마트) whatever Nori cut them into
        String stem = d.stems()[index];
        features.add("stem=" + stem);
        features.add("stem1=" + stem.substring(Math.max(0, stem.length() - 1)));
        features.add("stem2=" + stem.substring(Math.max(0, stem.length() - 2)));
        features.add("stemb=" + stem.substring(0, Math.min(2, stem.length())));
        features.add("stemlen=" + Math.min(stem.length(), 8));
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        standard.updateAdaptiveData(decode(tokens).surfaces(), outcomes);
        Arrays.fill(lastFeatures, null);
    }

    @Override
    public void clearAdaptiveData() {
        standard.clearAdaptiveData();
        Arrays.fill(lastFeatures, null);
    }

    /** Decodes once per sentence: OpenNLP asks for every index of the same array in turn. */
    private Decoded decode(String[] tokens) {
        if (tokens != lastEncoded) {
            String[] surfaces = new String[tokens.length];
            String[] pos = new String[tokens.length];
            String[] known = new String[tokens.length];
            boolean[] spaced = new boolean[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                String[] parts = tokens[i].split(String.valueOf(US), -1);
                if (parts.length != 4) {
                    throw new IllegalArgumentException("token '" + tokens[i] + "' is not encoded by NerFeatures.encode");
                }
                surfaces[i] = parts[0];
                pos[i] = parts[1];
                known[i] = parts[2];
                spaced[i] = parts[3].equals("1");
            }
            // each token's script and heads, which the features of its neighbours ask for too
            String[] scripts = new String[tokens.length];
            boolean[] firm = new boolean[tokens.length];
            boolean[] org = new boolean[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                scripts[i] = script(surfaces[i]);
                firm[i] = endsWithAny(surfaces[i], FIRM_SUFFIXES);
                org[i] = endsWithAny(surfaces[i], ORG_SUFFIXES);
            }
            lastDecoded = new Decoded(surfaces, pos, known, spaced, stems(surfaces, pos, spaced), scripts, firm, org);
            lastEncoded = tokens;
            lastFeatures = new String[tokens.length][];
        }
        return lastDecoded;
    }

    /** {@return per token, the word it stands in (tokens between spaces and punctuation) without its particles} */
    private static String[] stems(String[] surfaces, String[] pos, boolean[] spaced) {
        String[] out = new String[surfaces.length];
        int i = 0;
        while (i < surfaces.length) {
            int end = i + 1;
            while (end < surfaces.length && !spaced[end] && !pos[end].equals("PUNCT") && !pos[i].equals("PUNCT")) {
                end++;
            }
            StringBuilder stem = new StringBuilder();
            for (int j = i; j < end && !pos[j].startsWith("J"); j++) {
                stem.append(surfaces[j]);
            }
            String word = stem.isEmpty() ? surfaces[i] : stem.toString();
            for (int j = i; j < end; j++) {
                out[j] = word;
            }
            i = end;
        }
        return out;
    }

    /** {@return hangul, latin, digit, mixed or other: the scripts the token's characters are in} */
    static String script(String s) {
        boolean hangul = false;
        boolean latin = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                hangul = true;
            } else if (c < 128 && Character.isLetter(c)) {
                latin = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        int kinds = (hangul ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (kinds != 1) {
            return kinds == 0 ? "empty" : "mixed";
        }
        return hangul ? "hangul" : latin ? "latin" : digit ? "digit" : "other";
    }

    /**
     * {@return whether the last word of {@code name} is a body's name with its head glued on
     * ({@code 한국과학기술기획평가원}, {@code 유럽중앙은행}): a head standing alone ({@code SKY 대학}) names a class}
     */
    public static boolean hasOrganizationHead(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return ORG_SUFFIXES.stream().anyMatch(x -> last.endsWith(x) && last.length() > x.length());
    }

    /** {@return whether {@code word} ends with a company-name head the model's features know} ({@code 전자}, {@code 카드}) */
    public static boolean isFirmSuffix(String word) {
        return endsWithAny(word, FIRM_SUFFIXES);
    }

    private static boolean endsWithAny(String s, Set<String> suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x)) {
                return true;
            }
        }
        return false;
    }

    /** Named in the model's feature descriptor; OpenNLP instantiates it when a model is loaded. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        /** The descriptor stored in every model brief trains. */
        public static final String DESCRIPTOR = """
                <featureGenerators name="brief-ner">
                  <generator class="brief.nlp.NerFeatures$Factory"/>
                </featureGenerators>
                """;

        public Factory() {
        }

        @Override
        public AdaptiveFeatureGenerator create() {
            return new NerFeatures();
        }
    }
}
