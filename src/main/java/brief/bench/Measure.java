package brief.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One measured run in this process: wall time, the process's CPU time (all threads, GC and JIT
 * included) and the peak of used heap, sampled every 10 ms by a daemon thread (the heap pools' own
 * peaks are per pool and would add up peaks of different moments).
 */
public final class Measure {

    /** What one run cost. */
    public record Cost(double wallSeconds, double cpuSeconds, long peakHeapBytes) {
        public double utilisation() {
            return wallSeconds <= 0 ? 0 : cpuSeconds / wallSeconds;
        }
    }

    private Measure() {
    }

    /** {@return the cost of running {@code work}} */
    public static Cost of(Runnable work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc(); // start from the live heap, not from the garbage of the run before
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            done.set(true);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Cost(wall, cpuSeconds, peak.get());
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** {@return the median of {@code values}} */
    public static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@return the value below which {@code q} of {@code sorted} lie (nearest rank)} */
    public static double quantile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, rank - 1)));
    }
}
