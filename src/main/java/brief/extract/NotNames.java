package brief.extract;

import java.util.List;

/**
 * Words that name no firm or body though a name model or a head takes them for one ({@code not-names.tsv}):
 * diseases ({@code 감염병}, {@code 사스}, {@code 코로나바이러스}), landforms ({@code 동해안}), financial
 * instruments ({@code 유가증권}), kinds of bank and company ({@code 시중은행}, {@code 카드사}, {@code 문제은행}), and a
 * firm or agency speaking of itself ({@code 우리공사}, {@code 당사}).
 */
final class NotNames {

    private static final String RESOURCE = "/brief/gazetteer/not-names.tsv";
    private static final List<ResourceTable.ListedWord> WORDS = ResourceTable.wordList(RESOURCE);

    private NotNames() {
    }

    /** {@return whether {@code name} is one of the words, or its last word ends with one that may close a word} */
    static boolean contains(String name) {
        String s = name.strip();
        String[] words = s.split("\\s+");
        String last = words[words.length - 1];
        return WORDS.stream().anyMatch(w -> s.equals(w.word()) || w.suffix() && last.endsWith(w.word()));
    }
}
