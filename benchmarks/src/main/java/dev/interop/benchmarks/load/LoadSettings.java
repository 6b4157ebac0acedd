package dev.interop.benchmarks.load;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How to load a server. Invariants (the bounds that make every run stop by itself): a loopback target, 1..256
 * virtual customers, a warm-up of 0..5 minutes, a measured duration of 1 s..10 minutes, at most 10 million journeys,
 * and a positive journey rate when pacing is asked for.
 *
 * @param target      the server, {@code http://127.0.0.1:PORT}
 * @param concurrency virtual customers, each running one journey at a time
 * @param warmup      run but not recorded
 * @param duration    the measured window after the warm-up
 * @param maxJourneys stop starting journeys in the measured window after this many (the window may end earlier)
 * @param rate        journeys per second for all customers together; empty: as fast as they go (closed loop)
 */
public record LoadSettings(URI target, int concurrency, Duration warmup, Duration duration, long maxJourneys,
        OptionalDouble rate) {

    public static final long MAX_JOURNEYS = 10_000_000;

    public LoadSettings {
        Loopback.require(Objects.requireNonNull(target, "target"));
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(rate, "rate");
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("concurrency is 1..256");
        }
        if (warmup.isNegative() || warmup.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("the warm-up is 0..5 minutes");
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the measured duration is 1 s..10 minutes");
        }
        if (maxJourneys < 1 || maxJourneys > MAX_JOURNEYS) {
            throw new IllegalArgumentException("the journey count is 1.." + MAX_JOURNEYS);
        }
        if (rate.isPresent() && !(rate.getAsDouble() > 0)) {
            throw new IllegalArgumentException("a rate is positive");
        }
    }

    /** A closed-loop run of {@code duration} after {@code warmup}, without a journey limit. */
    public static LoadSettings closedLoop(URI target, int concurrency, Duration warmup, Duration duration) {
        return new LoadSettings(target, concurrency, warmup, duration, MAX_JOURNEYS, OptionalDouble.empty());
    }

    /** The same run, paced at {@code journeysPerSecond}. */
    public LoadSettings paced(double journeysPerSecond) {
        return new LoadSettings(target, concurrency, warmup, duration, maxJourneys,
                OptionalDouble.of(journeysPerSecond));
    }
}
