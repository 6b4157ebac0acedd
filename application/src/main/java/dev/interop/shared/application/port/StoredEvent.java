package dev.interop.shared.application.port;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as the timeline keeps it (R15). Invariant: {@code sequence >= 1}, unique per aggregate and without gaps;
 * {@code payload} is a JSON object with the event's fields (never a secret).
 */
public record StoredEvent(String aggregateType, String aggregateId, long sequence, String type, Instant occurredAt,
        String payload) {

    public StoredEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (sequence < 1) {
            throw new IllegalArgumentException("event sequences start at 1");
        }
    }
}
