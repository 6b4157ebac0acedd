package dev.interop.klarna.domain.notification;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.paymentrequest.StateReason;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code payment.request.state-change.*} notification exactly as it goes over the wire
 * ({@code docs/klarna-wire.md} "Notifications"):
 *
 * <pre>{@code
 * {"metadata": {"event_type", "event_id", "event_version", "occurred_at", "subject_account_id",
 *               "recipient_account_id", "webhook_id"},
 *  "payload": {"payment_request_id", "payment_request_reference", "state", "previous_state", "state_reason",
 *              "klarna_network_session_token" (only with COMPLETED)}}
 * }</pre>
 *
 * <p>{@link #toJson()} is deterministic (fixed key order, no whitespace), so the body written to the outbox is the
 * body signed and sent on every attempt. Invariants: the event type is the state's ({@link EventTypes#stateChange});
 * a token is present exactly when the state is {@code COMPLETED} and a token was issued; the event version is
 * {@value Webhook#EVENT_VERSION}.
 */
public record NotificationEnvelope(String eventId, Instant occurredAt, String subjectAccountId,
        String recipientAccountId, String webhookId, String paymentRequestId, Option<String> paymentRequestReference,
        PaymentRequestStateKind state, Option<PaymentRequestStateKind> previousState, Option<StateReason> stateReason,
        Option<InteroperabilityToken> sessionToken) {

    /** The Acquiring Partner's account, the recipient of every notification the sandbox sends. */
    public static final String RECIPIENT_ACCOUNT_ID = "krn:partner:global:account:test:acquirer";
    /** The payload field carrying the fresh token of a completed request. */
    public static final String TOKEN_FIELD = "klarna_network_session_token";
    /** What {@link #redact} puts in place of the token. */
    public static final String REDACTED = "[redacted]";

    private static final Pattern TOKEN_VALUE = Pattern.compile("\"" + TOKEN_FIELD + "\":\"(?:[^\"\\\\]|\\\\.)*\"");

    public NotificationEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(subjectAccountId, "subjectAccountId");
        Objects.requireNonNull(recipientAccountId, "recipientAccountId");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(paymentRequestReference, "paymentRequestReference");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previousState, "previousState");
        Objects.requireNonNull(stateReason, "stateReason");
        Objects.requireNonNull(sessionToken, "sessionToken");
        if (eventId.isBlank()) {
            throw new IllegalArgumentException("an event id is not blank");
        }
        if (sessionToken.isDefined() && state != PaymentRequestStateKind.COMPLETED) {
            throw new IllegalArgumentException("only a COMPLETED notification carries a token");
        }
    }

    /** {@code payment.request.state-change.<state>}. */
    public String eventType() {
        return EventTypes.stateChange(state);
    }

    /** The envelope as the exact JSON body to send. */
    public String toJson() {
        StringBuilder out = new StringBuilder(512);
        out.append("{\"metadata\":{");
        field(out, "event_type", eventType()).append(',');
        field(out, "event_id", eventId).append(',');
        field(out, "event_version", Webhook.EVENT_VERSION).append(',');
        field(out, "occurred_at", occurredAt.toString()).append(',');
        field(out, "subject_account_id", subjectAccountId).append(',');
        field(out, "recipient_account_id", recipientAccountId).append(',');
        field(out, "webhook_id", webhookId);
        out.append("},\"payload\":{");
        field(out, "payment_request_id", paymentRequestId).append(',');
        field(out, "payment_request_reference", paymentRequestReference.getOrNull()).append(',');
        field(out, "state", state.name()).append(',');
        field(out, "previous_state", previousState.map(Enum::name).getOrNull()).append(',');
        field(out, "state_reason", stateReason.map(Enum::name).getOrNull());
        if (sessionToken.isDefined()) {
            out.append(',');
            field(out, TOKEN_FIELD, sessionToken.get().reveal());
        }
        return out.append("}}").toString();
    }

    /**
     * {@code body} with the value of every {@value #TOKEN_FIELD} replaced by {@value #REDACTED}: what an outbox keeps
     * once a notification needs no more sending, so a raw token outlives its delivery nowhere (R2).
     */
    public static String redact(String body) {
        Objects.requireNonNull(body, "body");
        return TOKEN_VALUE.matcher(body).replaceAll("\"" + TOKEN_FIELD + "\":\"" + REDACTED + "\"");
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        string(out, name).append(':');
        return value == null ? out.append("null") : string(out, value);
    }

    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
