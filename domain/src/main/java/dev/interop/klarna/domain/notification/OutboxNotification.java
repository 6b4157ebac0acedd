package dev.interop.klarna.domain.notification;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One notification on its way to one webhook: written to Klarna's outbox in the transaction of the state change it
 * reports (R19), then claimed, sent and recorded by the delivery worker until a 2xx answer or the end of the retry
 * window.
 *
 * <p>Machine: {@code PENDING → PENDING} (claimed; or an attempt failed and another is scheduled),
 * {@code PENDING → DELIVERED}, {@code PENDING → FAILED} (the retry window passed, or the webhook is gone).
 * {@code DELIVERED} and {@code FAILED} are final: every transition from them throws {@link IllegalStateException}.
 *
 * <p>Invariants: {@code body} is the exact JSON sent on every attempt (the signature is computed over it); once
 * final it is kept with the session token redacted ({@link NotificationEnvelope#redact}); {@code attempts >= 0}
 * counts the attempts made; {@code version >= 1} and every transition adds one, so of two workers recording the same
 * claim only the first succeeds (R14). A failure reason has at most {@value #MAX_REASON} characters.
 */
public record OutboxNotification(String eventId, String webhookId, String eventType, String body, Instant createdAt,
        int attempts, DeliveryState state, long version) {

    /** The longest failure reason kept. */
    public static final int MAX_REASON = 500;

    public OutboxNotification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        if (eventId.isBlank() || eventId.length() > 255) {
            throw new IllegalArgumentException("an event id has 1..255 characters");
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a notification has a body");
        }
        if (attempts < 0 || version < 1) {
            throw new IllegalArgumentException("attempts >= 0 and version >= 1");
        }
    }

    /** A new notification, due at once ({@code createdAt}), version 1, no attempt made. */
    public static OutboxNotification pending(String eventId, String webhookId, String eventType, String body,
            Instant createdAt) {
        return new OutboxNotification(eventId, webhookId, eventType, body, createdAt, 0,
                new DeliveryState.Pending(createdAt, Option.none(), Option.none()), 1);
    }

    public DeliveryStatus status() {
        return state.kind();
    }

    /** Whether a worker may claim it at {@code now}: pending, its attempt due, and no claim held. */
    public boolean isDue(Instant now) {
        return state instanceof DeliveryState.Pending pending && !pending.nextAttemptAt().isAfter(now)
                && pending.claimedUntil().forAll(until -> !until.isAfter(now));
    }

    /** Whether a claim on it still holds at {@code now} (the claimer may still send and record). */
    public boolean isClaimedAt(Instant now) {
        return state instanceof DeliveryState.Pending pending && pending.claimedUntil().exists(now::isBefore);
    }

    /** Claimed by a worker until {@code until}; only when {@link #isDue} at {@code now}. */
    public OutboxNotification claim(Instant now, Instant until) {
        if (!isDue(now)) {
            throw new IllegalStateException("notification " + eventId + " is not due at " + now);
        }
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("a claim lasts a while");
        }
        DeliveryState.Pending pending = (DeliveryState.Pending) state;
        return next(attempts, new DeliveryState.Pending(pending.nextAttemptAt(), Option.of(until),
                pending.lastError()), body);
    }

    /** A 2xx answer at {@code now}: delivered, one more attempt, the token redacted. */
    public OutboxNotification delivered(Instant now) {
        requirePending();
        return next(attempts + 1, new DeliveryState.Delivered(now), NotificationEnvelope.redact(body));
    }

    /**
     * An attempt failed at {@code now} for {@code reason}: pending again at the schedule's next attempt, or failed
     * (token redacted) when the schedule gives up.
     */
    public OutboxNotification attemptFailed(String reason, Instant now, DeliverySchedule schedule) {
        requirePending();
        String kept = reason(reason);
        int made = attempts + 1;
        return schedule.nextAttempt(made, createdAt, now)
                .map(at -> next(made, new DeliveryState.Pending(at, Option.none(), Option.of(kept)), body))
                .getOrElse(() -> next(made, new DeliveryState.Failed(now, kept), NotificationEnvelope.redact(body)));
    }

    /** Given up without an attempt (the webhook was deleted or disabled), token redacted. */
    public OutboxNotification abandon(String reason, Instant now) {
        requirePending();
        return next(attempts, new DeliveryState.Failed(now, reason(reason)), NotificationEnvelope.redact(body));
    }

    private OutboxNotification next(int newAttempts, DeliveryState newState, String newBody) {
        return new OutboxNotification(eventId, webhookId, eventType, newBody, createdAt, newAttempts, newState,
                version + 1);
    }

    private void requirePending() {
        if (status().isFinal()) {
            throw new IllegalStateException("notification " + eventId + " is " + status() + " already");
        }
    }

    private static String reason(String reason) {
        Objects.requireNonNull(reason, "reason");
        String text = reason.isBlank() ? "unknown failure" : reason.strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }
}
