package dev.interop.shared.application.port;

import java.time.Instant;

/** The only source of the current time (R16). Implementations must be thread-safe. */
@FunctionalInterface
public interface Clock {

    Instant now();
}
