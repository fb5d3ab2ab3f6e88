package brief.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command run as a fresh process through the launcher, as a user runs it: its wall time, and the
 * CPU time of the process and its children as the shell's {@code times} reports it (on a busy machine
 * the wall time waits for a core; the CPU time does not).
 */
public final class ColdRun {

    /** What one cold run cost. */
    public record Cost(double wallSeconds, double cpuSeconds) {
    }

    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");

    private ColdRun() {
    }

    /** {@return the cost of running {@code command} (launcher first) in {@code dir}; a failure throws} */
    public static Cost of(Path dir, List<String> command) {
        StringBuilder script = new StringBuilder();
        for (String word : command) {
            script.append('\'').append(word.replace("'", "'\\''")).append("' ");
        }
        script.append(">/dev/null 2>&1; code=$?; times; exit $code");
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder("bash", "-c", script.toString()).directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + code);
            }
            List<String> lines = new ArrayList<>(out.strip().lines().toList());
            Matcher m = TIMES.matcher(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
            double cpu = m.find() ? 60 * Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))
                    + 60 * Double.parseDouble(m.group(3)) + Double.parseDouble(m.group(4)) : Double.NaN;
            return new Cost(wall, cpu);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start bash for '" + String.join(" ", command) + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
