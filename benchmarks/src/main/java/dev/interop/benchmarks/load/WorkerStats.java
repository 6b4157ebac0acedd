package dev.interop.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one virtual customer measured while recording was on: request latencies per step and overall, finished and
 * failed journeys with their durations, and errors by kind. Owned by one thread; merged after the run.
 */
public final class WorkerStats {

    final Samples requests = new Samples();
    final Map<String, Samples> steps = new LinkedHashMap<>();
    final Samples journeys = new Samples();
    final Map<String, Long> errors = new TreeMap<>();
    long failedJourneys;
    long lateStarts;

    void request(String step, long nanos) {
        requests.add(nanos);
        steps.computeIfAbsent(step, name -> new Samples()).add(nanos);
    }

    void error(String kind) {
        errors.merge(kind, 1L, Long::sum);
    }

    void mergeInto(WorkerStats total) {
        total.requests.addAll(requests);
        steps.forEach((step, samples) -> total.steps.computeIfAbsent(step, name -> new Samples()).addAll(samples));
        total.journeys.addAll(journeys);
        errors.forEach((kind, count) -> total.errors.merge(kind, count, Long::sum));
        total.failedJourneys += failedJourneys;
        total.lateStarts += lateStarts;
    }
}
