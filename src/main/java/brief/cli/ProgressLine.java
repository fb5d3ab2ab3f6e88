package brief.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar on the last line of standard error that lets other lines through above it. The bar
 * redraws itself in place ({@code \r}); a message printed the plain way would be painted over at the
 * next redraw, so {@link #above} clears the bar's line, prints the message with its line end, and
 * draws the bar again below it. The bar's timer thread and the ingesting thread share this lock.
 */
final class ProgressLine implements ProgressBarConsumer {

    private static final int WIDTH = 100;

    private final PrintWriter err;
    private String last = "";

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int getMaxRenderedLength() {
        return WIDTH;
    }

    @Override
    public synchronized void accept(String rendered) {
        String bar = rendered.length() <= WIDTH ? rendered : rendered.substring(0, WIDTH);
        err.print("\r" + bar + " ".repeat(Math.max(0, last.length() - bar.length())));
        err.flush();
        last = bar;
    }

    /** Prints {@code line} on a line of its own above the bar. */
    synchronized void above(String line) {
        err.print("\r" + " ".repeat(last.length()) + "\r");
        err.println(line);
        if (!last.isEmpty()) {
            err.print(last);
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (!last.isEmpty()) {
            err.println();
            err.flush();
        }
    }
}
