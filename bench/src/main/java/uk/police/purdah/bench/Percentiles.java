package uk.police.purdah.bench;

import java.util.Arrays;

/** Latencies in microseconds, and their percentiles (nearest rank). */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] micros) {
        this.sorted = micros.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th percentile in milliseconds, NaN without samples. */
    public double millis(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }
}
