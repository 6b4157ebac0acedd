package dev.interop.benchmarks.load;

import java.util.Arrays;

/**
 * A growable list of latency samples in nanoseconds, owned by one thread while it records; {@link #addAll} merges
 * another thread's samples after that thread stopped. Percentiles are exact (nearest rank over all samples), not
 * estimated: a 30-second run holds at most a few hundred thousand samples.
 */
public final class Samples {

    private long[] values = new long[1024];
    private int size;

    public void add(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency is never negative: " + nanos);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = nanos;
    }

    public void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int size() {
        return size;
    }

    /** Count, mean, p50, p95, p99 and max; all zero when there are no samples. */
    public LatencySummary summary() {
        if (size == 0) {
            return LatencySummary.EMPTY;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new LatencySummary(size, millis(sum / size), millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)), millis(percentile(sorted, 99)), millis(sorted[size - 1]));
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value such that at least {@code p} percent of the
     * values are less than or equal to it.
     *
     * @param sorted ascending, not empty
     * @param p      in (0, 100]
     */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, Math.min(rank, sorted.length)) - 1];
    }

    private static double millis(double nanos) {
        return nanos / 1_000_000.0;
    }
}
