package brief.cli;

import brief.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * opendataloader-pdf's text output, from the Java CLI jar its npm package {@code @opendataloader/pdf}
 * ships (run on the JVM that runs brief). Its default reading order (XY-cut) and furniture filtering
 * are kept; a marker line with the page number is asked for before each page, to split the text.
 */
record OpenDataLoaderPages(Path jar) implements PageTextTool {

    /** Where {@code npm install --prefix target/peers @opendataloader/pdf} puts the jar. */
    static final Path DEFAULT_JAR = Path.of("target/peers/node_modules/@opendataloader/pdf/lib/opendataloader-pdf-cli.jar");

    private static final String MARK = "<<<brief-page %page-number%>>>";
    private static final Pattern MARKS = Pattern.compile("<<<brief-page (\\d+)>>>\\R?");
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @Override
    public String name() {
        return "opendataloader";
    }

    @Override
    public Optional<String> missing() {
        return Files.isRegularFile(jar) ? Optional.empty()
                : Optional.of("no " + jar + "; install it with: npm install --prefix target/peers @opendataloader/pdf");
    }

    @Override
    public List<String> pages(Path pdf) {
        Path out;
        try {
            out = Files.createTempDirectory("brief-odl");
        } catch (IOException e) {
            throw new UncheckedIOException("making a scratch folder for opendataloader", e);
        }
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ToolProcess.run(List.of(java.toString(), "-jar", jar.toString(), "-q", "-f", "text", "-o", out.toString(),
                    "--text-page-separator", MARK, pdf.toString()), pdf.toString(), TIMEOUT);
            Path text;
            try (Stream<Path> s = Files.list(out)) {
                text = s.filter(p -> p.getFileName().toString().endsWith(".txt")).findFirst()
                        .orElseThrow(() -> new BadInputException(pdf, "opendataloader wrote no text for it"));
            }
            return split(Files.readString(text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("running opendataloader on " + pdf, e);
        } finally {
            BenchCommand.delete(out);
        }
    }

    /** {@return the text after each page marker, at the index its page number says} */
    static List<String> split(String output) {
        Matcher m = MARKS.matcher(output);
        List<String> pages = new ArrayList<>();
        int page = 0;
        int from = 0;
        while (m.find()) {
            int next = Integer.parseInt(m.group(1));
            // text before the first marker (were markers only written between pages) is the page before it
            put(pages, from == 0 ? next - 1 : page, output.substring(from, m.start()));
            page = next;
            from = m.end();
        }
        put(pages, page, output.substring(from));
        return List.copyOf(pages);
    }

    private static void put(List<String> pages, int page, String text) {
        if (page < 1) {
            return;
        }
        while (pages.size() < page) {
            pages.add("");
        }
        pages.set(page - 1, pages.get(page - 1) + text);
    }

}
