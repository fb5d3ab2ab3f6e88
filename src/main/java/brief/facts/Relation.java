package brief.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A fact linking entities. Each kind has its own fields; {@code type} names the kind in JSON. */
public sealed interface Relation {

    String type();

    /** Firms that work together on {@code subject}, from {@code year} when known. */
    record Cooperation(String type, Optional<Integer> year, List<String> parties, String subject)
            implements Relation {
        public Cooperation(Optional<Integer> year, List<String> parties, String subject) {
            this("cooperation", year, List.copyOf(parties), subject);
        }
    }

    /** A fab (plant): who runs it, where, which nodes, when it starts, what it costs and receives. */
    record Fab(String type, String operator, Optional<String> site, Optional<String> name,
               @JsonProperty("nodes_nm") List<BigDecimal> nodesNm, Optional<String> start,
               @JsonProperty("start_qualifier") Optional<String> startQualifier,
               Optional<Money> investment, Optional<Money> subsidy) implements Relation {
        public Fab(String operator, Optional<String> site, Optional<String> name, List<BigDecimal> nodesNm,
                   Optional<String> start, Optional<String> startQualifier, Optional<Money> investment,
                   Optional<Money> subsidy) {
            this("fab", operator, site, name, List.copyOf(nodesNm), start, startQualifier, investment, subsidy);
        }
    }
}
