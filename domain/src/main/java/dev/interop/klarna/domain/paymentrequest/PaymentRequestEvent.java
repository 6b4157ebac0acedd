package dev.interop.klarna.domain.paymentrequest;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a Payment Request (R15). Every accepted command emits exactly one of these; {@link #type()} is
 * the stable name on the timeline. Events never carry a token or its hash.
 */
public sealed interface PaymentRequestEvent extends DomainEvent {

    PaymentRequestId paymentRequestId();

    Instant occurredAt();

    /** The request was created in {@code SUBMITTED}. */
    record Submitted(PaymentRequestId paymentRequestId, PartnerAccountId partner, Intent intent, Money amount,
            Instant expiresAt, Instant occurredAt) implements PaymentRequestEvent {
        public Submitted {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.submitted";
        }
    }

    /** The customer entered the purchase journey. */
    record Started(PaymentRequestId paymentRequestId, Instant occurredAt) implements PaymentRequestEvent {
        public Started {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.in_progress";
        }
    }

    /** The customer left the purchase journey; the request is {@code SUBMITTED} again. */
    record Aborted(PaymentRequestId paymentRequestId, StateReason reason, Instant occurredAt)
            implements PaymentRequestEvent {
        public Aborted {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.aborted";
        }
    }

    /** The customer approved {@code approvedAmount}; the issued token is valid until {@code tokenValidUntil}. */
    record Completed(PaymentRequestId paymentRequestId, Money approvedAmount, Instant tokenValidUntil,
            Instant occurredAt) implements PaymentRequestEvent {
        public Completed {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(approvedAmount, "approvedAmount");
            Objects.requireNonNull(tokenValidUntil, "tokenValidUntil");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.completed";
        }
    }

    /** The Partner canceled the request. */
    record Canceled(PaymentRequestId paymentRequestId, StateReason reason, Instant occurredAt)
            implements PaymentRequestEvent {
        public Canceled {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.canceled";
        }
    }

    /** The request expired at {@code expiresAt}; the sweeper recorded it at {@code occurredAt}. */
    record Expired(PaymentRequestId paymentRequestId, Instant expiresAt, Instant occurredAt)
            implements PaymentRequestEvent {
        public Expired {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.expired";
        }
    }

    /** The payment was declined. */
    record Declined(PaymentRequestId paymentRequestId, StateReason reason, Instant occurredAt)
            implements PaymentRequestEvent {
        public Declined {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.declined";
        }
    }

    /** The Partner replaced amount, line items and reference while the request was {@code SUBMITTED}. */
    record Updated(PaymentRequestId paymentRequestId, Money amount, int lineItemCount, Option<String> reference,
            Instant occurredAt) implements PaymentRequestEvent {
        public Updated {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.updated";
        }
    }

    /** The customer chose a shipping address and option; the amount to pay is now {@code amount}. */
    record ShippingChanged(PaymentRequestId paymentRequestId, ShippingSelection selection, Money amount,
            Instant occurredAt) implements PaymentRequestEvent {
        public ShippingChanged {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment_request.shipping_changed";
        }
    }
}
