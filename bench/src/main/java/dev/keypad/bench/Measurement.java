package dev.keypad.bench;

import java.time.Duration;

/**
 * How long one operation took over how many rows. Immutable.
 *
 * @param rows     users written or read
 * @param complete false when the operation was stopped at its time budget before it finished
 */
record Measurement(long rows, Duration time, boolean complete) {

    static Measurement since(long startNanos, long rows) {
        return new Measurement(rows, Duration.ofNanos(System.nanoTime() - startNanos), true);
    }

    static Measurement stoppedSince(long startNanos, long rows) {
        return new Measurement(rows, Duration.ofNanos(System.nanoTime() - startNanos), false);
    }

    /** The time as the tables print it: {@code 12.34 s}. */
    String seconds() {
        return String.format(java.util.Locale.ROOT, "%.2f s", time.toNanos() / 1e9);
    }

    /** Rows per second. */
    double rate() {
        return rows / (time.toNanos() / 1e9);
    }
}
