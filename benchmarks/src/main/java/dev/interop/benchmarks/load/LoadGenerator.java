package dev.interop.benchmarks.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a {@link Scenario} against a server: prepares it once, then N virtual customers (platform threads, one
 * journey at a time each) run it through the warm-up and the measured window; requests and journeys that finish in
 * the window are recorded. Closed loop by default (each customer starts its next journey as soon as one ends); with
 * a rate, journey starts are spread evenly over time and a customer waits for its slot. Stops by itself at the end of
 * the window or after the journey limit, whichever comes first; journeys in flight then finish unrecorded.
 */
public final class LoadGenerator {

    private final HttpClient client;

    public LoadGenerator() {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    public LoadGenerator(HttpClient client) {
        this.client = client;
    }

    public HttpClient client() {
        return client;
    }

    public LoadReport run(Scenario scenario, LoadSettings settings) {
        scenario.prepare(HttpDriver.unrecorded(client, settings.target()));
        long start = System.nanoTime();
        long measureFrom = start + settings.warmup().toNanos();
        long measureUntil = measureFrom + settings.duration().toNanos();
        AtomicLong started = new AtomicLong();
        long interval = settings.rate().isPresent() ? (long) (1e9 / settings.rate().getAsDouble()) : 0;
        AtomicLong nextSlot = new AtomicLong(start);
        Window window = new Window(measureFrom, measureUntil);
        AtomicLongArray perSecond = new AtomicLongArray((int) Math.max(1, settings.duration().toSeconds()));

        List<WorkerStats> all = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(settings.concurrency());
        for (int customer = 0; customer < settings.concurrency(); customer++) {
            WorkerStats stats = new WorkerStats();
            all.add(stats);
            HttpDriver http = new HttpDriver(client, settings.target(), stats, window::isOpen);
            int id = customer;
            Thread thread = new Thread(() -> {
                try {
                    long iteration = 0;
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= measureUntil) {
                            return;
                        }
                        if (interval > 0) {
                            long slot = nextSlot.getAndAdd(interval);
                            if (slot >= measureUntil) {
                                return;
                            }
                            if (slot > now) {
                                LockSupport.parkNanos(slot - now);
                            } else if (now - slot > interval && window.isOpen()) {
                                stats.lateStarts++;
                            }
                        }
                        if (window.isOpen() && started.incrementAndGet() > settings.maxJourneys()) {
                            return;
                        }
                        long journeyStart = System.nanoTime();
                        try {
                            scenario.run(http, id, iteration++);
                            long ended = System.nanoTime();
                            if (window.isOpen()) {
                                stats.journeys.add(ended - journeyStart);
                                int second = (int) ((ended - measureFrom) / 1_000_000_000L);
                                if (second < perSecond.length()) {
                                    perSecond.incrementAndGet(second);
                                }
                            }
                        } catch (JourneyFailed failed) {
                            if (window.isOpen()) {
                                stats.failedJourneys++;
                            }
                            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "virtual-customer-" + customer);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            long grace = TimeUnit.SECONDS.toNanos(60);
            if (!done.await(measureUntil - System.nanoTime() + grace, TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("virtual customers still busy 60 s after the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long windowEnd = Math.min(System.nanoTime(), measureUntil);
        double seconds = (windowEnd - measureFrom) / 1e9;
        long[] buckets = new long[perSecond.length()];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = perSecond.get(i);
        }
        return report(scenario, settings, all, seconds, buckets);
    }

    /** The median of the per-second journey counts of the window's whole seconds. */
    static double median(long[] perSecond) {
        if (perSecond.length == 0) {
            return 0;
        }
        long[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static LoadReport report(Scenario scenario, LoadSettings settings, List<WorkerStats> all,
            double seconds, long[] perSecond) {
        WorkerStats total = new WorkerStats();
        all.forEach(stats -> stats.mergeInto(total));
        Map<String, LatencySummary> steps = new LinkedHashMap<>();
        total.steps.forEach((step, samples) -> steps.put(step, samples.summary()));
        long journeys = total.journeys.size();
        return new LoadReport(scenario.name(), settings.concurrency(), settings.rate().orElse(0), seconds, journeys,
                total.failedJourneys, journeys / seconds, median(perSecond), total.requests.size() / seconds,
                total.requests.summary(), steps, total.journeys.summary(),
                Collections.unmodifiableMap(new TreeMap<>(total.errors)), total.lateStarts);
    }

    /** The measured window: open from the end of the warm-up to the end of the run. */
    private record Window(long from, long until) {
        boolean isOpen() {
            long now = System.nanoTime();
            return now >= from && now < until;
        }
    }
}
