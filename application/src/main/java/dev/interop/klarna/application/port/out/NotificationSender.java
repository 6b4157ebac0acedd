package dev.interop.klarna.application.port.out;

import java.util.Arrays;
import java.util.Objects;

/**
 * Sends one notification to its webhook and says how it went. Called by the delivery worker outside any unit of
 * work (R19: no remote call inside a transaction). Implementations sign the body with the given key (HTTP:
 * {@code Klarna-Signing-Key-Id}, {@code Klarna-Signature}), bound how long they wait, and never throw for a
 * failure of the receiver or the network: that is {@link Result.Failed}. The receiver deduplicates by event id, so a
 * notification may arrive more than once.
 */
@FunctionalInterface
public interface NotificationSender {

    Result send(OutgoingNotification notification);

    /**
     * What to send. Invariants: every field present; the body non-empty (it is copied in and out, so nobody can
     * change it after it was signed). The secret never appears in {@link #toString()}.
     */
    record OutgoingNotification(String webhookUrl, String signingKeyId, String signingSecret, byte[] body,
            String eventId) {
        public OutgoingNotification {
            Objects.requireNonNull(webhookUrl, "webhookUrl");
            Objects.requireNonNull(signingKeyId, "signingKeyId");
            Objects.requireNonNull(signingSecret, "signingSecret");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(eventId, "eventId");
            if (body.length == 0) {
                throw new IllegalArgumentException("a notification has a body");
            }
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OutgoingNotification that && webhookUrl.equals(that.webhookUrl)
                    && signingKeyId.equals(that.signingKeyId) && signingSecret.equals(that.signingSecret)
                    && Arrays.equals(body, that.body) && eventId.equals(that.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(webhookUrl, signingKeyId, eventId, Arrays.hashCode(body));
        }

        @Override
        public String toString() {
            return "OutgoingNotification[webhookUrl=" + webhookUrl + ", signingKeyId=" + signingKeyId
                    + ", signingSecret=…, body=" + body.length + " bytes, eventId=" + eventId + "]";
        }
    }

    /** How one attempt went. */
    sealed interface Result {
        /** The receiver answered 2xx with {@code status}. */
        record Delivered(int status) implements Result {
        }

        /** Anything else: a non-2xx answer, a timeout, a refused connection; {@code reason} says which. */
        record Failed(String reason) implements Result {
            public Failed {
                Objects.requireNonNull(reason, "reason");
            }
        }

        static Result delivered(int status) {
            return new Delivered(status);
        }

        static Result failed(String reason) {
            return new Failed(reason);
        }
    }
}
