package brief.hwp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A library's parse bounded in time: its answer, its own failure, or one line when it never ends. */
class ParseDeadlineTest {

    private static final Path FILE = Path.of("계획.hwp");

    @Test
    void aParseThatEndsGivesItsResult() throws Exception {
        assertEquals("본문", ParseDeadline.call(FILE, Duration.ofSeconds(10), () -> "본문"));
    }

    @Test
    void aParseThatFailsFailsAsItself() {
        IOException e = assertThrows(IOException.class,
                () -> ParseDeadline.call(FILE, Duration.ofSeconds(10), () -> {
                    throw new IOException("Invalid header signature");
                }));
        assertEquals("Invalid header signature", e.getMessage());
    }

    /**
     * A parse that spins without looking at its interrupt, as hwplib's memo reader does on some files,
     * is given up at the deadline: the caller gets the file's name and the reason, and goes on.
     */
    @Test
    void aParseThatNeverEndsIsStoppedAtTheDeadline() {
        AtomicLong spins = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        long start = System.nanoTime();
        BadInputException e = assertThrows(BadInputException.class,
                () -> ParseDeadline.call(FILE, Duration.ofMillis(300), () -> {
                    while (!release.get()) { // deaf to interrupts; let go below, so as not to hold a core
                        spins.incrementAndGet();
                    }
                    return "never";
                }));
        release.set(true);
        assertTrue(e.getMessage().startsWith("계획.hwp: reading took longer than"), e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "the caller was held past the deadline");
        assertTrue(spins.get() > 0, "the parse never ran");
    }
}
