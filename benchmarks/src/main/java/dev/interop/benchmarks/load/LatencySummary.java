package dev.interop.benchmarks.load;

/** Latencies of one kind of request, in milliseconds. Invariant: {@code p50 <= p95 <= p99 <= max}. */
public record LatencySummary(long count, double meanMillis, double p50Millis, double p95Millis, double p99Millis,
        double maxMillis) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0);

    public LatencySummary {
        if (count < 0 || p50Millis > p95Millis || p95Millis > p99Millis || p99Millis > maxMillis) {
            throw new IllegalArgumentException("percentiles are ordered and the count is not negative");
        }
    }
}
