package brief.cli;

import brief.pdf.PdfReader;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of commands that read PDFs: a password and the bounds on one file's work. */
final class PdfOptions {

    @Option(names = "--password", paramLabel = "PASSWORD", description = "user password of encrypted PDFs")
    Optional<String> password = Optional.empty();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "give up reading one PDF after this long, plus --page-timeout a page (default: ${DEFAULT-VALUE})")
    int timeout = 60;

    @Option(names = "--page-timeout", paramLabel = "SECONDS",
            description = "time added to --timeout for each page of the PDF (default: ${DEFAULT-VALUE})")
    double pageTimeout = PdfReader.Options.PER_PAGE.toMillis() / 1000.0;

    @Option(names = "--max-pages", paramLabel = "N", description = "refuse PDFs with more pages (default: ${DEFAULT-VALUE})")
    int maxPages = 2000;

    PdfReader.Options options() {
        if (timeout < 1 || maxPages < 1) {
            throw new brief.BadOptionException(timeout < 1 ? "--timeout " + timeout : "--max-pages " + maxPages, "must be at least 1");
        }
        if (!(pageTimeout >= 0 && pageTimeout < 3600)) {
            throw new brief.BadInputException("--page-timeout", "must be between 0 and 3600 seconds", null);
        }
        return new PdfReader.Options(password, Duration.ofSeconds(timeout), maxPages,
                Duration.ofMillis(Math.round(pageTimeout * 1000)));
    }
}
