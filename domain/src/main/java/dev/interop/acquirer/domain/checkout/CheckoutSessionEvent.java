package dev.interop.acquirer.domain.checkout;

import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a checkout session, for its timeline (R15). Events carry nothing secret: whether a token or data
 * was given, never the token (sealed or not) nor the data itself.
 */
public sealed interface CheckoutSessionEvent extends DomainEvent {

    CheckoutSessionId sessionId();

    Instant occurredAt();

    /** The Partner opened the session. */
    record Opened(CheckoutSessionId sessionId, PartnerId partner, JourneyKind journey,
            PresentationInstruction klarnaInstruction, Money amount, int lineItemCount, boolean withToken,
            boolean withData, Instant expiresAt, Instant occurredAt) implements CheckoutSessionEvent {
        public Opened {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(journey, "journey");
            Objects.requireNonNull(klarnaInstruction, "klarnaInstruction");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "checkout_session.opened";
        }
    }

    /**
     * The Partner changed the session while open; {@code fields} names what the update gave, in API spelling
     * ({@code amount}, {@code line_items}, {@code reference}, {@code interoperability_token},
     * {@code interoperability_data}); {@code klarnaInstruction} is the instruction the session has after the update.
     */
    record Updated(CheckoutSessionId sessionId, Money amount, Money previousAmount, int lineItemCount,
            List<String> fields, PresentationInstruction klarnaInstruction, Instant occurredAt)
            implements CheckoutSessionEvent {
        public Updated {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(previousAmount, "previousAmount");
            Objects.requireNonNull(fields, "fields");
            Objects.requireNonNull(klarnaInstruction, "klarnaInstruction");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "checkout_session.updated";
        }
    }

    /** A payment was submitted or registered against the session. */
    record PaymentRegistered(CheckoutSessionId sessionId, String paymentId, Instant occurredAt)
            implements CheckoutSessionEvent {
        public PaymentRegistered {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "checkout_session.payment_registered";
        }
    }

    /** The registered payment did not go through; the session is open again. */
    record PaymentReleased(CheckoutSessionId sessionId, String paymentId, Instant occurredAt)
            implements CheckoutSessionEvent {
        public PaymentReleased {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "checkout_session.payment_released";
        }
    }

    /** The registered payment was authorized. */
    record Completed(CheckoutSessionId sessionId, String paymentId, Instant occurredAt)
            implements CheckoutSessionEvent {
        public Completed {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "checkout_session.completed";
        }
    }

    /** The Partner canceled the session. */
    record Canceled(CheckoutSessionId sessionId, Instant occurredAt) implements CheckoutSessionEvent {
        public Canceled {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "checkout_session.canceled";
        }
    }

    /** The session expired. */
    record Expired(CheckoutSessionId sessionId, Instant expiresAt, Instant occurredAt)
            implements CheckoutSessionEvent {
        public Expired {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "checkout_session.expired";
        }
    }
}
