package brief;

import java.nio.file.Path;

/**
 * Input the pipeline cannot use: a missing, corrupt, encrypted or text-less file, a malformed query.
 * The message is one line naming the file (or input) and the reason, fit to print as it is.
 */
public sealed class BadInputException extends RuntimeException permits BadOptionException {

    private final String input;
    private final String reason;

    public BadInputException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.reason = reason;
    }

    public BadInputException(String input, String reason) {
        this(input, reason, null);
    }

    public BadInputException(Path file, String reason) {
        this(file.toString(), reason, null);
    }

    public BadInputException(Path file, String reason, Throwable cause) {
        this(file.toString(), reason, cause);
    }

    /** {@return the file or input at fault} */
    public String input() {
        return input;
    }

    /** {@return why it cannot be used, without the file name} */
    public String reason() {
        return reason;
    }
}
