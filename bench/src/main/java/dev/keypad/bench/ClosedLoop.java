package dev.keypad.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load: a fixed number of threads each run one operation after the other, as fast as
 * it answers, through a warm-up and then a measured window. Operations count by when they end: those
 * that end inside the window give the rate and the latencies of the saturated steady state (counting
 * only those that also start inside it would drop one operation per thread at each edge). Thread-safe: every run
 * has its own threads and samples.
 */
final class ClosedLoop {

    /**
     * One operation of the load, called from many threads at once.
     */
    @FunctionalInterface
    interface Operation {

        /**
         * @param random this thread's own random numbers
         * @return whether the answer was the expected one; an unexpected answer still counts as done
         * @throws Exception which stops the whole run
         */
        boolean run(SplittableRandom random) throws Exception;
    }

    /**
     * What one run measured. Immutable.
     *
     * @param threads     how many ran the operation at once
     * @param completed   operations that ended inside the window
     * @param unexpected  of those, how many answered other than expected
     * @param window      the measured window
     * @param latencyNanos the latency of each completed operation, sorted
     * @param cpu          how busy this JVM and the machine were during the window
     */
    record Result(int threads, long completed, long unexpected, Duration window, long[] latencyNanos, CpuUsage cpu) {

        /** Completed operations per second. */
        double rate() {
            return completed / (window.toNanos() / 1e9);
        }

        /** The latency below which {@code percent} of the operations stayed (nearest rank), in milliseconds. */
        double percentileMillis(double percent) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100.0 * latencyNanos.length);
            return latencyNanos[Math.max(0, rank - 1)] / 1e6;
        }

        double meanMillis() {
            return Arrays.stream(latencyNanos).average().orElse(Double.NaN) / 1e6;
        }
    }

    private ClosedLoop() {
    }

    /**
     * Runs {@code operation} from {@code threads} threads for {@code warmUp}, then measures for
     * {@code window}; returns when every thread has finished its last operation.
     *
     * @throws IllegalStateException carrying the first exception an operation threw
     */
    static Result run(int threads, Duration warmUp, Duration window, Operation operation) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Samples>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long seed = 20261124L + i;
                futures.add(pool.submit(() -> loop(operation, new SplittableRandom(seed), measureFrom, measureUntil)));
            }
            sleepUntil(measureFrom);
            CpuUsage.Sample before = CpuUsage.sample();
            sleepUntil(measureUntil);
            CpuUsage cpu = CpuUsage.between(before, CpuUsage.sample());
            Samples all = new Samples();
            for (Future<Samples> future : futures) {
                try {
                    all.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("An operation of the " + threads + "-thread load failed", e.getCause());
                }
            }
            long[] latencies = all.latencies();
            Arrays.sort(latencies);
            return new Result(threads, latencies.length, all.unexpected, window, latencies, cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static Samples loop(Operation operation, SplittableRandom random, long measureFrom, long measureUntil)
            throws Exception {
        Samples samples = new Samples();
        long start = System.nanoTime();
        while (start < measureUntil) {
            boolean expected = operation.run(random);
            long end = System.nanoTime();
            if (end >= measureFrom && end <= measureUntil) {
                samples.record(end - start, expected);
            }
            start = end;
        }
        return samples;
    }

    /** One thread's latencies, later merged. Not thread-safe. */
    private static final class Samples {
        private long[] nanos = new long[1024];
        private int size;
        private long unexpected;

        void record(long latency, boolean expected) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = latency;
            if (!expected) {
                unexpected++;
            }
        }

        void add(Samples other) {
            for (int i = 0; i < other.size; i++) {
                record(other.nanos[i], true);
            }
            unexpected += other.unexpected;
        }

        long[] latencies() {
            return Arrays.copyOf(nanos, size);
        }
    }
}
