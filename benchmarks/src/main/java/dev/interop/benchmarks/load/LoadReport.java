package dev.interop.benchmarks.load;

import java.util.Map;

/**
 * What a load run measured in its window.
 *
 * @param scenario           the scenario's name
 * @param concurrency        virtual customers
 * @param targetRate         the paced journey rate, or 0 for a closed loop
 * @param seconds            the measured window's length
 * @param journeys           journeys that completed in the window
 * @param failedJourneys     journeys that failed in the window
 * @param journeysPerSecond  {@code journeys / seconds}
 * @param medianJourneysPerSecond the median of the journeys completed in each second of the window (robust to a
 *                           few seconds slowed down by other work on the machine)
 * @param requestsPerSecond  requests answered in the window per second (failed ones included)
 * @param requests           every request's latency
 * @param steps              latency by step, in the order the steps first ran
 * @param journeyLatency     whole journeys' latency
 * @param errors             errors by kind ({@code step: status CODE} or {@code step: exception})
 * @param lateStarts         paced journeys that started more than one interval late (the customers could not keep up)
 */
public record LoadReport(String scenario, int concurrency, double targetRate, double seconds, long journeys,
        long failedJourneys, double journeysPerSecond, double medianJourneysPerSecond, double requestsPerSecond,
        LatencySummary requests, Map<String, LatencySummary> steps, LatencySummary journeyLatency,
        Map<String, Long> errors, long lateStarts) {

    /** Errors of every kind together. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
