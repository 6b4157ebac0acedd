package dev.interop.shared.application.system;

import dev.interop.shared.application.port.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when told: for tests and for sandbox time travel (expiry, 60-minute windows). */
public final class ManualClock implements Clock {

    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public void advance(Duration by) {
        now.updateAndGet(current -> current.plus(by));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant));
    }
}
