package brief.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One semiconductor process node in nanometres; {@code range} is the range or list bounds it came from. */
public record Node(BigDecimal nm, String text, Optional<List<BigDecimal>> range, List<Mention> mentions) {
    public Node {
        mentions = List.copyOf(mentions);
    }
}
