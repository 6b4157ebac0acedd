package dev.interop.shared.application.system;

import dev.interop.shared.application.port.Clock;
import java.time.Instant;

/** The wall clock, in UTC, at millisecond precision so stored and reloaded instants compare equal. */
public final class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }
}
