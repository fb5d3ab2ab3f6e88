package brief.index;

import brief.BadInputException;
import brief.extract.Gazetteer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Restrictions from the facts, each optional: a firm (any name the gazetteer knows for it), a country
 * (ISO code or Korean name) of a firm or organisation named in the passage, a range of years, a
 * process node, a least sum in yen.
 */
public record Filters(Optional<String> firm, Optional<String> country, Optional<Integer> yearFrom,
                      Optional<Integer> yearTo, Optional<BigDecimal> nm, OptionalLong minYen) {

    public static final Filters NONE = new Filters(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), OptionalLong.empty());

    private static final Pattern YEARS = Pattern.compile("(\\d{4})?(?:(\\.\\.)(\\d{4})?)?");

    /** {@return these filters with the years of {@code spec}: {@code 2024}, {@code 2023..2025}, {@code ..2025}} */
    public Filters withYears(String spec) {
        Matcher m = YEARS.matcher(spec.strip());
        if (spec.isBlank() || !m.matches() || (m.group(1) == null && m.group(3) == null)) {
            throw new brief.BadOptionException("--year " + spec, "expected YEAR, FROM..TO, FROM.. or ..TO");
        }
        Optional<Integer> from = Optional.ofNullable(m.group(1)).map(Integer::parseInt);
        Optional<Integer> to = m.group(2) == null ? from : Optional.ofNullable(m.group(3)).map(Integer::parseInt);
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw new brief.BadOptionException("--year " + spec, "the range runs backwards; write " + to.get() + ".." + from.get());
        }
        return new Filters(firm, country, from, to, nm, minYen);
    }

    /** {@return whether no filter is set} */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** {@return {@code query} restricted by these filters (filters do not change scores)} */
    Query apply(Query query) {
        if (isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        firm.ifPresent(f -> b.add(new TermQuery(new Term(BriefIndex.FIRM, canonicalFirm(f))), BooleanClause.Occur.FILTER));
        country.ifPresent(c -> b.add(new TermQuery(new Term(BriefIndex.COUNTRY, iso(c))), BooleanClause.Occur.FILTER));
        if (yearFrom.isPresent() || yearTo.isPresent()) {
            b.add(IntPoint.newRangeQuery(BriefIndex.YEAR, yearFrom.orElse(Integer.MIN_VALUE),
                    yearTo.orElse(Integer.MAX_VALUE)), BooleanClause.Occur.FILTER);
        }
        nm.ifPresent(n -> b.add(new TermQuery(new Term(BriefIndex.NM, BriefIndex.nm(n))), BooleanClause.Occur.FILTER));
        minYen.ifPresent(y -> b.add(LongPoint.newRangeQuery(BriefIndex.YEN, y, Long.MAX_VALUE), BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** {@return the gazetteer's name for {@code name} ({@code 홍하이} is {@code Foxconn}), else {@code name}} */
    static String canonicalFirm(String name) {
        return Gazetteer.standard().lookup(name.strip()).map(Gazetteer.Entry::name).orElse(name.strip());
    }

    private static String iso(String country) {
        String c = country.strip();
        if (c.matches("[A-Za-z]{2}")) {
            return c.toUpperCase(Locale.ROOT);
        }
        return Gazetteer.standard().country(c).map(Gazetteer.Country::iso)
                .orElseThrow(() -> new brief.BadOptionException("--country " + country,
                        "not a country code (JP, TW) or a Korean country name (일본, 대만)"));
    }
}
