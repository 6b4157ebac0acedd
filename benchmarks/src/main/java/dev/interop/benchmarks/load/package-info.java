/**
 * The load generator: plain {@link java.net.http.HttpClient}, no external service. {@link LoadGenerator} runs a
 * {@link Scenario} (a whole journey, or one request for the baselines) with N concurrent virtual customers for a fixed
 * duration or journey count after a warm-up, and reports journeys per second, per-request latency percentiles and
 * errors ({@link LoadReport}). It only ever targets loopback addresses ({@link Loopback}) and always stops by itself:
 * durations and counts are bounded.
 */
package dev.interop.benchmarks.load;
