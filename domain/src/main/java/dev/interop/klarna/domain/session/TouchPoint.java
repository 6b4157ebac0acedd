package dev.interop.klarna.domain.session;

import java.time.Instant;
import java.util.Objects;

/** One interaction of the customer with a Boost feature during the session. Invariant: both parts present. */
public record TouchPoint(BoostFeature feature, Instant at) {

    public TouchPoint {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(at, "at");
    }
}
