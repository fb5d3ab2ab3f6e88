package brief.nlp;

import brief.text.Span;

/**
 * One morpheme from Nori: its surface form, its part-of-speech tag (Sejong tags as Nori prints
 * them: NNG, NNP, JKS, SL, SN, ...) and where it stands in the clean text.
 */
public record Token(String surface, String pos, Span span) {

    /** {@return whether the tag is a particle (josa)} */
    public boolean isParticle() {
        return pos.startsWith("J");
    }
}
