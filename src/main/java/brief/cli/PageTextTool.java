package brief.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A text extractor the fidelity bench runs on a PDF, page by page: brief itself or a peer an analyst
 * would otherwise use. A peer that is not installed says so through {@link #missing()} and is not run.
 */
sealed interface PageTextTool permits BriefPages, PdftotextPages, PdfBoxPages, OpenDataLoaderPages {

    /** {@return the column heading, e.g. {@code pdftotext -raw}} */
    String name();

    /** {@return why the tool cannot run on this machine (and how to install it); empty when it can} */
    Optional<String> missing();

    /**
     * {@return the text of each page of {@code pdf}, first page first} A page the tool gives no text for
     * is an empty string; the list may be shorter than the document when trailing pages gave none.
     */
    List<String> pages(Path pdf);
}
