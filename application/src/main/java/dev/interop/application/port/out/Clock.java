package dev.interop.application.port.out;

import java.time.Instant;

/** The only source of the current time (R16). Implementations must be thread-safe. */
@FunctionalInterface
public interface Clock {

    Instant now();
}
