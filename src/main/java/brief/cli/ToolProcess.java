package brief.cli;

import brief.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a peer tool as a child process and returns what it wrote to standard output (UTF-8). */
final class ToolProcess {

    private ToolProcess() {
    }

    /**
     * {@return the standard output of {@code command}} Standard error is discarded; a non-zero exit or
     * a run longer than {@code timeout} is an error naming {@code input} and the tool.
     */
    static String run(List<String> command, String input, Duration timeout) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new BadInputException(command.get(0), "cannot be started (" + e.getMessage() + ")", e);
        }
        try {
            // read on this thread: output is read as it comes, so a full pipe cannot stall the child
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BadInputException(input, command.get(0) + " took longer than " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                throw new BadInputException(input, command.get(0) + " failed on it (exit " + p.exitValue() + ")");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new UncheckedIOException("reading the output of " + command.get(0), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
        }
    }

    /** {@return whether {@code command} starts and exits 0} Used to tell an installed peer from a missing one. */
    static boolean runs(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
