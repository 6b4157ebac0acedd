/**
 * The whole benchmark run that {@code scripts/bench} starts: {@link Suite} measures the machine, the HTTP and storage
 * baselines and the server on H2 and on embedded PostgreSQL ({@link EmbeddedPostgresLauncher}), each server in a
 * child process ({@link ServerProcess}) whose memory it samples and whose hottest path it profiles with JFR
 * ({@link JfrSummary}); {@link Report} writes the figures into {@code BENCHMARKS.md}.
 */
package dev.interop.benchmarks.suite;
