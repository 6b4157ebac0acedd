package dev.interop.klarna.domain.notification;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a notification again after a failed attempt: the n-th failure waits {@code delays[n-1]}, every failure
 * past the list waits {@code cap}, and no attempt is made later than {@code giveUpAfter} after the notification was
 * written. The last retry is moved to that deadline when the wait would pass it, so a receiver that is back just
 * before the deadline still gets the notification; a failure at or after the deadline gives up.
 *
 * <p>{@link #STANDARD}: 1 s, 5 s, 30 s, 2 min, 10 min, 30 min, then every hour, up to 12 h (Klarna's retry window;
 * the receiver accepts notifications up to 13 h old). Invariants: at least one delay; every delay and the cap
 * positive; the delays never decrease and none exceeds the cap; the window is positive.
 */
public record DeliverySchedule(List<Duration> delays, Duration cap, Duration giveUpAfter) {

    /** Klarna's schedule. */
    public static final DeliverySchedule STANDARD = new DeliverySchedule(List.of(Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofMinutes(30)), Duration.ofHours(1), Duration.ofHours(12));

    public DeliverySchedule {
        Objects.requireNonNull(delays, "delays");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (delays.isEmpty() || delays.exists(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("at least one delay, each positive");
        }
        if (delays.sliding(2).exists(pair -> pair.size() == 2 && pair.get(1).compareTo(pair.get(0)) < 0)) {
            throw new IllegalArgumentException("the delays never decrease");
        }
        if (cap.compareTo(delays.last()) < 0) {
            throw new IllegalArgumentException("no delay exceeds the cap");
        }
        if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("the retry window is positive");
        }
    }

    /** How long to wait after the {@code failures}-th failed attempt ({@code failures >= 1}). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures >= 1");
        }
        return failures <= delays.size() ? delays.get(failures - 1) : cap;
    }

    /** The last moment an attempt is made for a notification written at {@code createdAt}. */
    public Instant deadline(Instant createdAt) {
        return createdAt.plus(giveUpAfter);
    }

    /**
     * When to try again after the {@code failures}-th failed attempt at {@code now}, or none: give up.
     *
     * @param createdAt when the notification was written to the outbox
     */
    public Option<Instant> nextAttempt(int failures, Instant createdAt, Instant now) {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(now, "now");
        Instant deadline = deadline(createdAt);
        if (!now.isBefore(deadline)) {
            return Option.none();
        }
        Instant next = now.plus(delayAfter(failures));
        return Option.of(next.isAfter(deadline) ? deadline : next);
    }
}
