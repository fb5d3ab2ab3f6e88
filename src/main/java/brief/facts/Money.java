package brief.facts;

/** A sum inside a relation: ISO 4217 currency and whole units. */
public record Money(String currency, long value) {
}
