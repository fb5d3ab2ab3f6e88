package brief.facts;

import java.util.List;
import java.util.Optional;

/**
 * One distinct normalised date: ISO partial {@code value}, optional qualifier (facts.md's list only: start,
 * mid, end, h1, h2, q1..q4) and optional {@code period}, the kind of period the value stands for
 * ({@code decade}: 1970년대 is 1970 with period decade; {@code fiscal}: FY2024), a field brief adds.
 */
public record DateFact(String value, Optional<String> qualifier, Optional<String> period, String text,
                       List<Mention> mentions) {
    public DateFact {
        mentions = List.copyOf(mentions);
    }
}
