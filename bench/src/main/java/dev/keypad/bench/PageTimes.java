package dev.keypad.bench;

import java.util.Arrays;

/**
 * The time and size of each page of one paging run, in the order fetched. Immutable.
 *
 * @param nanos time from sending the request to the last byte of the answer, per page
 * @param bytes the answer's length in characters, per page
 */
record PageTimes(long[] nanos, long[] bytes) {

    /** How many pages the start and the end of a run are summarized over. */
    static final int ENDS = 10;

    PageTimes {
        if (nanos.length != bytes.length || nanos.length == 0) {
            throw new IllegalArgumentException("Need one time and one size per page, at least one page; got "
                    + nanos.length + " times and " + bytes.length + " sizes");
        }
        nanos = nanos.clone();
        bytes = bytes.clone();
    }

    @Override
    public long[] nanos() {
        return nanos.clone();
    }

    @Override
    public long[] bytes() {
        return bytes.clone();
    }

    int pages() {
        return nanos.length;
    }

    double medianMillis() {
        return percentileMillis(nanos, 50);
    }

    double p95Millis() {
        return percentileMillis(nanos, 95);
    }

    double maxMillis() {
        return Arrays.stream(nanos).max().orElseThrow() / 1e6;
    }

    /** Median of the first {@link #ENDS} pages (all of them on a shorter run). */
    double firstMedianMillis() {
        return percentileMillis(Arrays.copyOfRange(nanos, 0, Math.min(ENDS, nanos.length)), 50);
    }

    /** Median of the last {@link #ENDS} pages (all of them on a shorter run). */
    double lastMedianMillis() {
        return percentileMillis(Arrays.copyOfRange(nanos, Math.max(0, nanos.length - ENDS), nanos.length), 50);
    }

    double totalSeconds() {
        return Arrays.stream(nanos).sum() / 1e9;
    }

    long meanBytes() {
        return Math.round(Arrays.stream(bytes).average().orElseThrow());
    }

    /** Nearest-rank percentile, so every value reported is one a page really took. */
    private static double percentileMillis(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
