package brief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cold start of one {@code brief search}: the jar this process runs from, started as a new JVM
 * with the launcher's options, several times; the median wall time. Needs the jar (not a classes folder).
 */
final class ColdStart {

    private ColdStart() {
    }

    static String measure(Path index, int runs) {
        Path jar;
        try {
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return "cold start: cannot locate the running jar (" + e.getMessage() + ")";
        }
        if (!Files.isRegularFile(jar)) {
            return "cold start: not measured (running from " + jar + ", not from a jar)";
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            seconds.add(run(List.of(java, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                    "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "search", "반도체 보조금", "--index",
                    index.toString(), "--json")));
        }
        seconds.sort(Double::compare);
        return String.format(Locale.ROOT, "cold start of 'brief search' (java -jar, %d runs): median %.2f s, min %.2f s, max %.2f s",
                runs, seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1));
    }

    private static double run(List<String> command) {
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
