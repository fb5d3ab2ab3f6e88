package brief;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * CPU time spent in each stage of the pipeline, summed over the threads that ran it: what
 * {@code brief bench} prints per stage. {@link #OFF} measures nothing and costs nothing; a clock made
 * with {@link #measuring()} reads the running thread's CPU time around each stage.
 */
public final class StageClock {

    /** The stages, in the order a document meets them. */
    public enum Stage { READING, LAYOUT, ANALYSIS, EXTRACTION, INDEXING }

    public static final StageClock OFF = new StageClock(false);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean on;
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    private StageClock(boolean on) {
        this.on = on && THREADS.isCurrentThreadCpuTimeSupported();
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** {@return a clock that measures} */
    public static StageClock measuring() {
        return new StageClock(true);
    }

    /** {@return what {@code work} returns, its CPU time added to {@code stage}} */
    public <T> T time(Stage stage, Supplier<T> work) {
        if (!on) {
            return work.get();
        }
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(THREADS.getCurrentThreadCpuTime() - start);
        }
    }

    /** Runs {@code work}, its CPU time added to {@code stage}. */
    public void run(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** {@return the CPU seconds of each stage so far} */
    public Map<Stage, Double> seconds() {
        Map<Stage, Double> out = new EnumMap<>(Stage.class);
        nanos.forEach((s, n) -> out.put(s, n.sum() / 1e9));
        return out;
    }
}
