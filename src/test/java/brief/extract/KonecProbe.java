package brief.extract;

import brief.nlp.TextAnalyzer;
import brief.text.CleanText;
import brief.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sanity check, not a test: entity-level lenient precision and recall of firm ({@code OGG_ECONOMY})
 * and organisation (other {@code OGG_*}) recognition on the first sentences of the konec TSV (news
 * and movie reviews, so far from policy briefs). A prediction counts when it overlaps a gold entity of
 * the same kind. Usage: {@code KonecProbe [tsv] [sentences] [examples] [skip]};
 * defaults {@code /work/shared/data/konec/konec-dev-train80.tsv}, 3200, 0, 0.
 */
public final class KonecProbe {

    record Sentence(String id, String text, List<Span> firms, List<Span> orgs) {
    }

    public static void main(String[] args) throws IOException {
        Path tsv = Path.of(args.length > 0 ? args[0] : "/work/shared/data/konec/konec-dev-train80.tsv");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 3200;
        int examples = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int skip = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        List<Sentence> all = read(tsv, skip + limit);
        List<Sentence> sentences = all.subList(Math.min(skip, all.size()), all.size());
        TextAnalyzer analyzer = new TextAnalyzer();
        EntityExtractor extractor = EntityExtractor.standard();
        int[] firm = new int[4];
        int[] org = new int[4];
        List<String> shown = new ArrayList<>();
        for (Sentence s : sentences) {
            List<EntityMention> found = extractor.extract(analyzer.analyze(CleanText.ofSinglePage(s.text())));
            score(s, found, EntityKind.FIRM, s.firms(), firm, shown);
            score(s, found, EntityKind.ORGANIZATION, s.orgs(), org, shown);
        }
        System.out.printf("konec %s, %d sentences, lenient (overlap, same kind)%n", tsv.getFileName(), sentences.size());
        report("firms (OGG_ECONOMY)", firm);
        report("organizations (other OGG_*)", org);
        shown.stream().limit(examples).forEach(System.out::println);
    }

    /** counts: [0] predicted, [1] predicted and matching, [2] gold, [3] gold and found */
    private static void score(Sentence s, List<EntityMention> found, EntityKind kind, List<Span> gold, int[] c,
            List<String> shown) {
        for (EntityMention m : found) {
            if (m.kind() != kind) {
                continue;
            }
            c[0]++;
            if (gold.stream().anyMatch(g -> g.overlaps(m.span()))) {
                c[1]++;
            } else {
                shown.add("FP " + kind + " " + m.text() + "\t| " + s.text());
            }
        }
        for (Span g : gold) {
            c[2]++;
            if (found.stream().anyMatch(m -> m.kind() == kind && m.span().overlaps(g))) {
                c[3]++;
            } else {
                shown.add("FN " + kind + " " + g.of(s.text()) + "\t| " + s.text());
            }
        }
    }

    private static void report(String what, int[] c) {
        double p = c[0] == 0 ? 0 : (double) c[1] / c[0];
        double r = c[2] == 0 ? 0 : (double) c[3] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%-30s predicted %4d  gold %4d  P %.3f  R %.3f  F1 %.3f%n", what, c[0], c[2], p, r, f);
    }

    static List<Sentence> read(Path tsv, int limit) throws IOException {
        List<Sentence> out = new ArrayList<>();
        String id = null;
        String text = null;
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("## klue-")) {
                if (text != null) {
                    out.add(sentence(id, text, tags));
                    if (out.size() == limit) {
                        return out;
                    }
                }
                int tab = line.indexOf('\t');
                id = line.substring(3, tab);
                text = line.substring(tab + 1);
                tags = new ArrayList<>();
            } else if (text != null && !line.startsWith("##") && !line.isEmpty()) {
                tags.add(line.substring(line.lastIndexOf('\t') + 1));
            }
        }
        if (text != null && out.size() < limit) {
            out.add(sentence(id, text, tags));
        }
        return out;
    }

    private static Sentence sentence(String id, String text, List<String> tags) {
        if (tags.size() != text.length()) {
            throw new IllegalArgumentException("konec sentence " + id + ": " + tags.size() + " tags for "
                    + text.length() + " characters");
        }
        List<Span> firms = new ArrayList<>();
        List<Span> orgs = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (t.startsWith("B-OGG_")) {
                int end = i + 1;
                while (end < tags.size() && tags.get(end).equals("I-" + t.substring(2))) {
                    end++;
                }
                (t.equals("B-OGG_ECONOMY") ? firms : orgs).add(new Span(i, end));
            }
        }
        return new Sentence(id, text, firms, orgs);
    }
}
