package brief.extract;

import brief.nlp.AnalyzedText;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firms in tables: a column headed {@code 종목명}, {@code 기업}, {@code 회사}, {@code 발행사} (or the
 * English {@code Company}, {@code Issuer}, {@code Holding}) names a firm in each row below it, as holdings
 * tables of fund reports and lists of companies in briefs do, whether or not anyone listed the firm.
 *
 * <p>The clean text keeps a table row as one line with its cells joined by tabs; the column runs down
 * while the lines keep the header's number of cells, and stops at a blank line. A cell is taken without a
 * share-class or listing tail ({@code MEITUAN DIANPING-CLASS B}, {@code PING AN(NEW)},
 * {@code CHINA CONSTRUCTION BANK-H}, {@code PINDUODUO INC-ADR}); a cell the gazetteer already names,
 * an empty one, a number, or one longer than a name ({@code > 40} characters) is left alone.
 */
public final class TableFirmFinder implements NameFinder {

    private static final Set<String> HEADERS = Set.of("종목명", "종목", "보유종목", "상위종목", "기업", "기업명", "회사",
            "회사명", "업체", "업체명", "발행사", "발행회사", "발행기관", "company", "companies", "issuer", "holding",
            "holdings", "name of company");
    private static final Pattern TAIL = Pattern.compile(
            "(?:[ ]?-[ ]?(?:CLASS[ ]?[A-Z]|H|A|B|ADR|R|W)|[ ]?\\((?:NEW|주|우)\\)|[ ]Class[ ][A-Z])$",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public TableFirmFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Span> lines = lines(text);
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Span> header = cells(text, lines.get(i));
            if (header.size() < 2) {
                continue;
            }
            List<Integer> named = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (HEADERS.contains(header.get(c).of(text).strip().toLowerCase(java.util.Locale.ROOT))) {
                    named.add(c);
                }
            }
            // two cells naming companies in one row (Company | 회사명) are a glossary's row, a field and its
            // translation, over more fields (Division | 부서명), not a header over firms
            if (named.size() == 1) {
                column(text, lines, i + 1, named.get(0), header.size(), out);
            }
        }
        out.sort(java.util.Comparator.comparing(EntityMention::span));
        return out;
    }

    private void column(String text, List<Span> lines, int from, int column, int width, List<EntityMention> out) {
        for (int r = from; r < lines.size(); r++) {
            List<Span> row = cells(text, lines.get(r));
            if (lines.get(r).length() == 0 || row.size() != width) {
                return;
            }
            name(text, row.get(column)).ifPresent(span -> {
                boolean listed = gazetteer.find(span.of(text)).stream().anyMatch(m -> !m.weak());
                if (!listed) {
                    out.add(RuleFinder.unknown(span, text, EntityKind.FIRM, ""));
                }
            });
        }
    }

    /** {@return the part of a cell that names the firm, when it looks like a name} */
    private static java.util.Optional<Span> name(String text, Span cell) {
        java.util.Optional<Span> stripped = cell.strip(text);
        if (stripped.isEmpty()) {
            return stripped;
        }
        Span s = stripped.get();
        String v = s.of(text);
        Matcher tail = TAIL.matcher(v);
        if (tail.find() && tail.start() > 1) {
            s = new Span(s.start(), s.start() + tail.start());
            v = s.of(text);
        }
        if (v.length() < 2 || v.length() > 40 || v.chars().filter(Character::isLetter).count() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(s);
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new Span(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private static List<Span> cells(String text, Span line) {
        List<Span> out = new ArrayList<>();
        int start = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '\t') {
                out.add(new Span(start, i));
                start = i + 1;
            }
        }
        return out.size() == 1 ? List.of() : out;
    }
}
