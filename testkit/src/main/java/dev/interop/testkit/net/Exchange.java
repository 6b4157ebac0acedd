package dev.interop.testkit.net;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One request that {@link FaultInjectingProxy} handled, as recorded once the proxy answered it or dropped it.
 *
 * <p>Invariants: {@code deliveries} is 0, 1 or 2 (2 only for {@link Fault#FORWARD_TWICE}); {@code targetStatus} is
 * present exactly when {@code deliveries > 0}; an empty {@code status} means the connection was dropped without an
 * answer; {@code receivedAt} is not after {@code completedAt}.
 *
 * @param request the request exactly as the caller sent it (before any {@link Fault#mutateRequest} change)
 * @param fault the fault applied, {@link Fault#PASS} when none was scripted
 * @param deliveries how many times the request completed a round trip to the target
 * @param targetStatus the status of the target's (first) answer, if the target answered
 * @param status the status the proxy answered the caller with, empty if it dropped the connection
 * @param targetDown whether the target could not be reached or failed to answer (the caller then got 502, or the
 *     first answer for a failed second delivery of {@link Fault#FORWARD_TWICE})
 * @param receivedAt when the proxy had read the whole request
 * @param completedAt when the proxy started to answer or dropped the connection
 */
public record Exchange(
        RawRequest request,
        Fault fault,
        int deliveries,
        OptionalInt targetStatus,
        OptionalInt status,
        boolean targetDown,
        Instant receivedAt,
        Instant completedAt) {

    /** Checks the invariants. */
    public Exchange {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(targetStatus, "targetStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        if (deliveries < 0 || deliveries > 2) {
            throw new IllegalArgumentException("deliveries must be 0, 1 or 2: " + deliveries);
        }
        if (targetStatus.isPresent() != deliveries > 0) {
            throw new IllegalArgumentException("a target status exists exactly when the request was delivered");
        }
        if (completedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("completed before received: " + receivedAt + " > " + completedAt);
        }
    }

    /** @return the request method */
    public String method() {
        return request.method();
    }

    /** @return the request path, without the query */
    public String path() {
        return request.path();
    }

    /** @return the request target, path and query as sent */
    public String target() {
        return request.target();
    }

    /** @return the request headers as the caller sent them */
    public Map<String, List<String>> requestHeaders() {
        return request.headers();
    }

    /** @return a copy of the request body bytes as the caller sent them */
    public byte[] requestBody() {
        return request.body();
    }

    /** @return whether the target saw the request at least once */
    public boolean forwarded() {
        return deliveries > 0;
    }

    /** @return whether the proxy closed the connection without answering */
    public boolean dropped() {
        return status.isEmpty();
    }

    /** @return how long the proxy held the request, from receiving it to answering or dropping */
    public Duration elapsed() {
        return Duration.between(receivedAt, completedAt);
    }
}
