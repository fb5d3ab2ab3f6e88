package brief.cli;

import brief.BadInputException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns what a command throws into one line on standard error: a wrong option or value exits 2, bad
 * input (a missing or unreadable file, a missing index, a busy port, a malformed query) 1, anything
 * else 3. Picocli's own usage errors (an unknown option, a missing parameter) get the same one line
 * and 2, with a pointer to the command's help instead of the whole usage text.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String command = cl.getCommandName().equals("brief") ? "" : " " + cl.getCommandName();
        cl.getErr().println("brief: " + e.getMessage().strip() + " (see 'brief help" + command + "')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof brief.BadOptionException bad) {
            cl.getErr().println("brief: " + bad.getMessage());
            return USAGE;
        }
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
