package brief.cli;

import brief.BadInputException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns what a command throws into one line on standard error: bad input exits 1, anything else 3. */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 1;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof BadInputException bad) {
            cl.getErr().println("brief: " + bad.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            cl.getErr().println("brief: " + io.getMessage());
            return BAD_INPUT;
        }
        cl.getErr().println("brief: internal error: " + e);
        if (System.getenv("BRIEF_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
        }
        return INTERNAL;
    }
}
