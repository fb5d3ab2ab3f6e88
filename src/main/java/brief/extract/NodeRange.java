package brief.extract;

import java.math.BigDecimal;
import java.util.Objects;

/** The range ({@code 12~28 나노급}) a process-node value was written in, in nanometres. */
public record NodeRange(BigDecimal from, BigDecimal to) {
    public NodeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
