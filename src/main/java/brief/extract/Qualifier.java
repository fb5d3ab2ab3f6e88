package brief.extract;

import java.util.Locale;

/**
 * How a value is hedged or which part of a period it names. One enum serves amounts and dates; each
 * extractor documents the subset it emits. Amounts: {@link #APPROX} (약, 대략, 가량), {@link #MAX}
 * (최대, 까지), {@link #MIN} (최소, 이상), {@link #ESTIMATED} (추산, 추정). Dates: {@link #START} (초),
 * {@link #MID} (중반, 중순), {@link #END} (말), {@link #H1}/{@link #H2} (상/하반기), {@link #Q1}..{@link #Q4};
 * and two kinds of period, {@link #DECADE} (1970년대) and {@link #FISCAL} (FY2024), which facts.md's list of
 * qualifiers does not hold: the facts carry them as {@code period}, beside the qualifier.
 */
public enum Qualifier {
    APPROX, MAX, MIN, ESTIMATED, START, MID, END, H1, H2, Q1, Q2, Q3, Q4, DECADE, FISCAL;

    /** {@return the spelling used in the facts JSON (facts.md): the lower-case name} */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return whether this names a kind of period (a decade, a fiscal year), not a part of one or a hedge} */
    public boolean isPeriod() {
        return this == DECADE || this == FISCAL;
    }
}
