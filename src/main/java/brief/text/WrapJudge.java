package brief.text;

/**
 * Decides whether two pieces of Korean text that a line wrap separated were one word. The layout
 * stage asks it; the language model behind it (Nori's lattice) lives in {@code brief.nlp}.
 */
@FunctionalInterface
public interface WrapJudge {

    /** {@return whether {@code left} (the end of a line) and {@code right} (the start of the next) read as one word} */
    boolean oneWord(String left, String right);
}
