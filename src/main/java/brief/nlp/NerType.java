package brief.nlp;

import java.util.Locale;

/** The four kinds of span the statistical name finder is trained on, named after the facts lists. */
public enum NerType {
    FIRM, ORGANIZATION, DATE, MONEY;

    /** {@return the lower-case name used as the OpenNLP outcome type and in reports ({@code firm})} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the type an OpenNLP span type names} */
    public static NerType ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
