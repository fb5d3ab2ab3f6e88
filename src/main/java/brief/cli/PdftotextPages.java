package brief.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * poppler's {@code pdftotext} in one of its modes: default (reading order), {@code -raw} (content
 * stream order) or {@code -layout} (physical layout). It ends every page with a form feed.
 */
record PdftotextPages(Mode mode) implements PageTextTool {

    enum Mode {
        DEFAULT(""), RAW("-raw"), LAYOUT("-layout");

        final String flag;

        Mode(String flag) {
            this.flag = flag;
        }
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @Override
    public String name() {
        return mode.flag.isEmpty() ? "pdftotext" : "pdftotext " + mode.flag;
    }

    @Override
    public Optional<String> missing() {
        return ToolProcess.runs(List.of("pdftotext", "-v")) ? Optional.empty()
                : Optional.of("pdftotext not found; install poppler-utils (apt-get install poppler-utils)");
    }

    @Override
    public List<String> pages(Path pdf) {
        List<String> command = new ArrayList<>(List.of("pdftotext"));
        if (!mode.flag.isEmpty()) {
            command.add(mode.flag);
        }
        command.addAll(List.of("-enc", "UTF-8", pdf.toString(), "-"));
        return split(ToolProcess.run(command, pdf.toString(), TIMEOUT));
    }

    /** {@return the pages of pdftotext's output: the text before each form feed} */
    static List<String> split(String output) {
        List<String> pages = new ArrayList<>(Arrays.asList(output.split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return List.copyOf(pages);
    }
}
