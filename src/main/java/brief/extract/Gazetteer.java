package brief.extract;

import brief.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated lists of known firms ({@code brief/gazetteer/companies.tsv}, {@code companies-news.tsv}),
 * organisations ({@code organizations.tsv}, {@code media.tsv}, {@code sports.tsv}) and country names
 * ({@code countries.tsv}), with a boundary-aware
 * longest-match search over a text (see {@link AliasTrie} for the matching rules).
 *
 * <p>An alias is strong or weak. A strong alias names exactly one entry, and the loader rejects a
 * strong alias listed twice. A weak alias ({@code 삼성}, {@code 미쓰비시}, {@code 상무부}) may name
 * several entries and is only trusted next to context, which {@link GazetteerFinder} decides.
 */
public final class Gazetteer {

    /**
     * One known body.
     *
     * @param category the industry of a firm, the kind of an organisation (government, ministry, ...)
     * @param aliases  every other strong name, in file order
     * @param weak     names that only count in context
     */
    public record Entry(EntityKind kind, String name, String country, String category, List<String> aliases,
            List<String> weak, String source) {

        public Entry {
            aliases = List.copyOf(aliases);
            weak = List.copyOf(weak);
        }
    }

    /** A match in a text: one entry for a strong alias, one or more for a weak one. */
    public record Match(Span span, List<Entry> entries, boolean weak) {

        public Match {
            entries = List.copyOf(entries);
        }
    }

    private record Named(Entry entry, boolean weak) {
    }

    private static final String DIR = "/brief/gazetteer/";

    /** The tables of firms in {@code brief/gazetteer/}, in load order: the industrial list, then the news list. */
    public static final List<String> FIRM_FILES = List.of("companies.tsv", "companies-news.tsv");

    /** The tables of organisations: bodies, then news media, then sports clubs and leagues. */
    public static final List<String> ORGANIZATION_FILES = List.of("organizations.tsv", "media.tsv", "sports.tsv");

    private final AliasTrie<Named> trie = new AliasTrie<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final List<Entry> entries;

    private Gazetteer(List<Entry> entries, List<Country> countryList) {
        this.entries = List.copyOf(entries);
        for (Country c : countryList) {
            countries.put(c.name(), c);
            c.aliases().forEach(a -> countries.put(a, c));
        }
        Map<String, Entry> strong = new HashMap<>();
        for (Entry e : entries) {
            for (String alias : names(e)) {
                Entry before = strong.putIfAbsent(fold(alias), e);
                if (before != null && before != e) {
                    throw new IllegalStateException("alias '" + alias + "' of '" + e.name()
                            + "' is already an alias of '" + before.name() + "'");
                }
                trie.add(alias, new Named(e, false));
            }
        }
        for (Entry e : entries) {
            for (String alias : e.weak()) {
                Entry owner = strong.get(fold(alias));
                if (owner != null) {
                    throw new IllegalStateException("weak alias '" + alias + "' of '" + e.name()
                            + "' is a strong alias of '" + owner.name() + "'");
                }
                trie.add(alias, new Named(e, true));
            }
        }
    }

    /** {@return a gazetteer of {@code entries} and {@code countries}} */
    public static Gazetteer of(List<Entry> entries, List<Country> countries) {
        return new Gazetteer(entries, countries);
    }

    /** {@return the project's gazetteer, read from the class path once per process} */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            List<Entry> entries = new ArrayList<>();
            for (String f : FIRM_FILES) {
                entries.addAll(parse(EntityKind.FIRM, resource(f), DIR + f));
            }
            for (String f : ORGANIZATION_FILES) {
                entries.addAll(parse(EntityKind.ORGANIZATION, resource(f), DIR + f));
            }
            return new Gazetteer(entries, parseCountries(resource("countries.tsv"), DIR + "countries.tsv"));
        }

        private static Reader resource(String name) {
            InputStream in = Gazetteer.class.getResourceAsStream(DIR + name);
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + DIR + name);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads a gazetteer table; closes {@code in}. Companies have the columns {@code name country aliases
     * weak_aliases industry source}; organisations {@code name kind country aliases weak_aliases source}.
     * Lines starting with {@code #} and the header line are skipped; list cells are {@code |}-separated.
     */
    public static List<Entry> parse(EntityKind kind, Reader in, String sourceName) {
        List<Entry> out = new ArrayList<>();
        for (String[] row : rows(in, sourceName, 6)) {
            int line = Integer.parseInt(row[6]);
            Entry e = kind == EntityKind.FIRM
                    ? new Entry(kind, row[0], row[1], row[4], list(row[2]), list(row[3]), row[5])
                    : new Entry(kind, row[0], row[2], row[1], list(row[3]), list(row[4]), row[5]);
            if (e.name().isBlank() || !e.country().matches("[A-Z]{2}|")) {
                throw new IllegalArgumentException(sourceName + ":" + line + ": blank name or bad country '"
                        + e.country() + "'");
            }
            out.add(e);
        }
        return out;
    }

    /**
     * A country (or the EU) as Korean text names it.
     *
     * @param name    the usual Korean name, used to name its government ({@code 일본 정부})
     * @param iso     ISO 3166-1 alpha-2 ({@code EU} for the European Union, reserved in ISO 3166)
     * @param aliases other names ({@code 대한민국}, {@code 美})
     */
    public record Country(String name, String iso, List<String> aliases) {
        public Country {
            aliases = List.copyOf(aliases);
        }
    }

    /** Reads {@code name iso aliases} rows: Korean country names; closes {@code in}. */
    public static List<Country> parseCountries(Reader in, String sourceName) {
        return rows(in, sourceName, 3).stream().map(r -> new Country(r[0], r[1], list(r[2]))).toList();
    }

    /** Rows of {@code columns} cells plus the 1-based line number as a last cell. */
    private static List<String[]> rows(Reader in, String sourceName, int columns) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            boolean header = true;
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = Normalizer.normalize(s, Normalizer.Form.NFC).split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalArgumentException(sourceName + ":" + line + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                String[] row = Arrays.copyOf(cells, columns + 1);
                for (int i = 0; i < columns; i++) {
                    row[i] = row[i].strip();
                }
                row[columns] = Integer.toString(line);
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + sourceName, e);
        }
        return out;
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> names(Entry e) {
        List<String> all = new ArrayList<>();
        all.add(e.name());
        all.addAll(e.aliases());
        return all;
    }

    private static String fold(String alias) {
        return AliasTrie.squeeze(alias).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@return every entry, firms first, in file order} */
    public List<Entry> entries() {
        return entries;
    }

    /** {@return the entry whose name or strong alias is {@code name} (case and spaces ignored)} */
    public Optional<Entry> lookup(String name) {
        return trie.get(name).stream().filter(t -> !t.value().weak()).map(t -> t.value().entry()).findFirst();
    }

    /** {@return the country a Korean name means ({@code 일본} to Japan)} */
    public Optional<Country> country(String koreanName) {
        return Optional.ofNullable(countries.get(koreanName));
    }

    /** {@return every Korean country name this gazetteer knows, main names and variants} */
    public java.util.Set<String> countryNames() {
        return java.util.Collections.unmodifiableSet(countries.keySet());
    }

    /** {@return the known names in {@code text}, longest match first, left to right} */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        for (AliasTrie.Hit<Named> hit : trie.find(text)) {
            List<AliasTrie.Target<Named>> strong = hit.targets().stream().filter(t -> !t.value().weak()).toList();
            if (!strong.isEmpty()) {
                out.add(new Match(hit.span(), List.of(strong.get(0).value().entry()), false));
            } else {
                out.add(new Match(hit.span(),
                        hit.targets().stream().map(t -> t.value().entry()).distinct().toList(), true));
            }
        }
        return out;
    }
}
