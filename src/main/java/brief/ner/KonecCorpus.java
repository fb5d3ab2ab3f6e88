package brief.ner;

import brief.BadInputException;
import brief.nlp.NerSpan;
import brief.nlp.NerType;
import brief.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the konec TSV (KLUE NER dev sentences with the NIKL fine tags; CC BY-SA 4.0, attribution: KLUE
 * benchmark, korean-named-entity/konec): one {@code CHAR<TAB>TAG} line per character in BIO form, each
 * sentence introduced by {@code ## <id><TAB><raw text>}. Tags map to brief's types: {@code OGG_ECONOMY}
 * to firm, other {@code OGG_*} to organisation, {@code DT_*} but {@code DT_DURATION} to date,
 * {@code QT_PRICE} to money; every other tag is ignored.
 *
 * <p>The split into training and evaluation parts is fixed by the sentence id alone, so it does not
 * depend on the order or the size of the file: a sentence is for evaluation when
 * {@code floorMod(id.hashCode(), 5) == 0} ({@link String#hashCode} is specified by the JLS), about one
 * in five. For choosing settings without looking at it, the training part has a development slice,
 * the sentences with {@code floorMod(id.hashCode(), 5) == 1}; {@code brief train --without-dev}
 * leaves them out.
 */
public final class KonecCorpus {

    /**
     * Where the data lies, relative to the repository root: {@code ../shared/data/konec/}, or one level
     * further up for a git worktree kept in a folder of worktrees ({@code wt/ner}).
     */
    public static final Path DEFAULT_TSV = defaultTsv();

    private static Path defaultTsv() {
        Path beside = Path.of("../shared/data/konec/konec-dev-train80.tsv");
        Path above = Path.of("../../shared/data/konec/konec-dev-train80.tsv");
        return Files.isRegularFile(beside) || !Files.isRegularFile(above) ? beside : above;
    }

    private KonecCorpus() {
    }

    /** {@return whether the sentence {@code id} belongs to the evaluation part} */
    public static boolean isEval(String id) {
        return Math.floorMod(id.hashCode(), 5) == 0;
    }

    /** {@return the training part of {@code all}, in file order} */
    public static List<KonecSentence> train(List<KonecSentence> all) {
        return all.stream().filter(s -> !isEval(s.id())).toList();
    }

    /** {@return the development slice of the training part, in file order} */
    public static List<KonecSentence> dev(List<KonecSentence> all) {
        return all.stream().filter(s -> Math.floorMod(s.id().hashCode(), 5) == 1).toList();
    }

    /** {@return the training part without its development slice, in file order} */
    public static List<KonecSentence> trainWithoutDev(List<KonecSentence> all) {
        return all.stream().filter(s -> Math.floorMod(s.id().hashCode(), 5) > 1).toList();
    }

    /** {@return the evaluation part of {@code all}, in file order} */
    public static List<KonecSentence> eval(List<KonecSentence> all) {
        return all.stream().filter(s -> isEval(s.id())).toList();
    }

    /**
     * Reads every sentence of a konec TSV.
     *
     * @throws BadInputException when the file is missing or a sentence's tags do not fit its text
     */
    public static List<KonecSentence> read(Path tsv) {
        return parse(tsv).stream().map(r -> sentence(tsv, r)).toList();
    }

    /** A name or expression as the NIKL tag set marks it: its characters and its fine tag ({@code OGG_MEDIA}). */
    public record Tagged(Span span, String tag) {
    }

    /**
     * {@return per sentence id, every tagged span of a konec TSV with its NIKL tag, those brief does not
     * use too} (persons, places, ...), for reading errors against the fine tags
     */
    public static java.util.Map<String, List<Tagged>> readTags(Path tsv) {
        java.util.Map<String, List<Tagged>> out = new java.util.LinkedHashMap<>();
        for (Raw r : parse(tsv)) {
            out.put(r.id(), tagged(r.tags()));
        }
        return out;
    }

    private record Raw(String id, String text, List<String> tags) {
    }

    private static List<Raw> parse(Path tsv) {
        if (!Files.isRegularFile(tsv)) {
            throw new BadInputException(tsv, "no konec TSV here; it is the project's shared data (a folder shared/ "
                    + "beside the repository, data/konec/konec-dev-train80.tsv, CC BY-SA 4.0, from the project lead), "
                    + "or give a konec TSV with --data");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + tsv, e);
        }
        List<Raw> out = new ArrayList<>();
        String id = null;
        String text = null;
        List<String> tags = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int tab = line.lastIndexOf('\t');
            int first = line.indexOf('\t');
            // A header is "## <id>TAB<text>" with an id free of spaces; other "##" lines are comments.
            if (line.startsWith("## ") && first > 3 && line.substring(3, first).matches("\\S+")) {
                if (text != null) {
                    out.add(new Raw(id, text, tags));
                }
                id = line.substring(3, first);
                text = line.substring(first + 1);
                tags = new ArrayList<>();
            } else if (line.startsWith("##") || line.isEmpty()) {
                continue;
            } else if (text != null) {
                if (tab < 0) {
                    throw new BadInputException(tsv, "line " + (n + 1) + ": no tab in '" + line + "'");
                }
                tags.add(line.substring(tab + 1));
            }
        }
        if (text != null) {
            out.add(new Raw(id, text, tags));
        }
        return out;
    }

    private static KonecSentence sentence(Path tsv, Raw r) {
        if (r.tags().size() != r.text().length()) {
            throw new BadInputException(tsv, "sentence " + r.id() + ": " + r.tags().size() + " tags for "
                    + r.text().length() + " characters");
        }
        List<NerSpan> entities = new ArrayList<>();
        for (Tagged t : tagged(r.tags())) {
            type(t.tag()).ifPresent(type -> entities.add(new NerSpan(t.span(), type)));
        }
        return new KonecSentence(r.id(), r.text(), entities);
    }

    private static List<Tagged> tagged(List<String> tags) {
        List<Tagged> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!tag.startsWith("B-")) {
                continue;
            }
            int end = i + 1;
            while (end < tags.size() && tags.get(end).equals("I-" + tag.substring(2))) {
                end++;
            }
            out.add(new Tagged(new Span(i, end), tag.substring(2)));
        }
        return out;
    }

    /** {@return brief's type for a NIKL tag, empty for tags brief does not use} */
    static Optional<NerType> type(String tag) {
        if (tag.equals("OGG_ECONOMY")) {
            return Optional.of(NerType.FIRM);
        }
        if (tag.startsWith("OGG_")) {
            return Optional.of(NerType.ORGANIZATION);
        }
        if (tag.startsWith("DT_") && !tag.equals("DT_DURATION")) {
            return Optional.of(NerType.DATE);
        }
        return tag.equals("QT_PRICE") ? Optional.of(NerType.MONEY) : Optional.empty();
    }
}
