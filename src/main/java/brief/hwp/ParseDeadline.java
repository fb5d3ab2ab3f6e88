package brief.hwp;

import brief.BadInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a word-processor library's parse of one file on a daemon thread and gives up on it at a
 * deadline. hwplib 1.1.8 loops for ever on some real files (after the last section's paragraphs it
 * looks for memo records, and a record of any other kind there is read again and again), and a thread
 * in such a loop checks no interrupt: it is abandoned, to end with the process, and the file gets its
 * one line instead of a command that never returns.
 */
final class ParseDeadline {

    /** The reading budget of a file without pages when no {@code --timeout} is given, as for a PDF. */
    static final Duration DEFAULT = brief.pdf.PdfReader.Options.DEFAULT.timeout();

    private ParseDeadline() {
    }

    /**
     * {@return what {@code parse} gives, if it ends within {@code limit}}
     *
     * @throws Exception what the parse threw
     * @throws BadInputException when the limit passed first
     */
    static <T> T call(Path file, Duration limit, Callable<T> parse) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parse " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
        Future<T> result = worker.submit(parse);
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new BadInputException(file, "reading took longer than " + limit.toSeconds()
                    + " s (--timeout); stopped: the reader does not finish on this file", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(file, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        } finally {
            worker.shutdownNow();
        }
    }
}
