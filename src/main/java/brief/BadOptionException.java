package brief;

/**
 * A command-line option with a value that cannot be used ({@code --limit 0}, {@code --year 2030..2020},
 * {@code --index} naming no folder): wrong usage, exit status 2, one line naming the option.
 */
public final class BadOptionException extends BadInputException {

    /** @param option the option and its value as typed ({@code --limit 0}) */
    public BadOptionException(String option, String reason) {
        super(option, reason, null);
    }

    public BadOptionException(String option, String reason, Throwable cause) {
        super(option, reason, cause);
    }
}
