package brief.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that name no firm or body though a name model or a head takes them for one ({@code not-names.tsv}):
 * diseases ({@code 감염병}, {@code 사스}, {@code 코로나바이러스}), landforms ({@code 동해안}), financial
 * instruments ({@code 유가증권}).
 */
final class NotNames {

    private record Word(String word, String kind, boolean suffix) {
    }

    private static final String RESOURCE = "/brief/gazetteer/not-names.tsv";
    private static final List<Word> WORDS = read();

    private NotNames() {
    }

    private static List<Word> read() {
        List<Word> out = new ArrayList<>();
        for (ResourceTable.Row r : ResourceTable.rows(RESOURCE)) {
            if (r.cells()[0].equals("word")) {
                continue; // the header
            }
            if (r.cells().length < 4 || !(r.cells()[2].equals("word") || r.cells()[2].equals("suffix"))) {
                throw new IllegalStateException(RESOURCE + ":" + r.line()
                        + ": want word, class, match (word or suffix) and why, tab-separated: " + r.text());
            }
            out.add(new Word(r.cells()[0], r.cells()[1], r.cells()[2].equals("suffix")));
        }
        return List.copyOf(out);
    }

    /** {@return whether {@code name} is one of the words, or its last word ends with one that may close a word} */
    static boolean contains(String name) {
        String s = name.strip();
        String[] words = s.split("\\s+");
        String last = words[words.length - 1];
        return WORDS.stream().anyMatch(w -> s.equals(w.word()) || w.suffix() && last.endsWith(w.word()));
    }
}
