package brief.cli;

import brief.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a peer tool as a child process and returns what it wrote to standard output (UTF-8). */
final class ToolProcess {

    private ToolProcess() {
    }

    /**
     * {@return the standard output of {@code command}} A non-zero exit or a run longer than
     * {@code timeout} is an error naming {@code input}, the tool and the first line of its standard error.
     */
    static String run(List<String> command, String input, Duration timeout) {
        Path errors;
        try {
            errors = Files.createTempFile("brief-tool", ".err");
        } catch (IOException e) {
            throw new UncheckedIOException("making a scratch file for " + command.get(0), e);
        }
        try {
            return run(command, input, timeout, errors);
        } finally {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException e) {
                throw new UncheckedIOException("removing " + errors, e);
            }
        }
    }

    private static String run(List<String> command, String input, Duration timeout, Path errors) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
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
                String why = Files.readAllLines(errors, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("no message");
                throw new BadInputException(input, Path.of(command.get(0)).getFileName() + " failed on it (exit "
                        + p.exitValue() + ": " + why + ")");
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
