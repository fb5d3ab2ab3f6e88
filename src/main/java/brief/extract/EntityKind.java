package brief.extract;

/** The two kinds of named body the facts contract lists: companies and other organisations. */
public enum EntityKind {
    /** A company, including joint ventures and commercial banks ({@code firms} in the facts). */
    FIRM,
    /** A non-company body: government, ministry, agency, institute, association ({@code organizations}). */
    ORGANIZATION
}
