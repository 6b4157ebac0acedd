package dev.interop.acquirer.domain.payment;

import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a payment, for its timeline (R15). Events carry nothing secret: whether a token or data was
 * given, never the token (sealed or not), the data, nor the step-up URL.
 */
public sealed interface PaymentEvent extends DomainEvent {

    PaymentId paymentId();

    Instant occurredAt();

    /**
     * The Partner submitted the payment ({@code finalization == false}) or registered it for finalization
     * ({@code finalization == true}).
     */
    record Submitted(PaymentId paymentId, PartnerId partner, Money amount, JourneyKind journey, boolean finalization,
            Option<CheckoutSessionId> checkoutSessionId, boolean withToken, boolean withData,
            Option<Money> approvedAmount, boolean reapprovalRequired, Instant occurredAt) implements PaymentEvent {
        public Submitted {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(journey, "journey");
            Objects.requireNonNull(checkoutSessionId, "checkoutSessionId");
            Objects.requireNonNull(approvedAmount, "approvedAmount");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.submitted";
        }
    }

    /** Klarna approved; a payment transaction exists. */
    record Authorized(PaymentId paymentId, String klarnaTransactionId, Instant occurredAt) implements PaymentEvent {
        public Authorized {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(klarnaTransactionId, "klarnaTransactionId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.authorized";
        }
    }

    /** Klarna asked for a step-up through Payment Request {@code klarnaPaymentRequestId}. */
    record CustomerActionRequired(PaymentId paymentId, String klarnaPaymentRequestId, Instant occurredAt)
            implements PaymentEvent {
        public CustomerActionRequired {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(klarnaPaymentRequestId, "klarnaPaymentRequestId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.customer_action_required";
        }
    }

    /** The customer completed the step-up. */
    record StepUpCompleted(PaymentId paymentId, Instant occurredAt) implements PaymentEvent {
        public StepUpCompleted {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.step_up_completed";
        }
    }

    /** The step-up ended without authorization. */
    record StepUpFailed(PaymentId paymentId, String reason, Instant occurredAt) implements PaymentEvent {
        public StepUpFailed {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.step_up_failed";
        }
    }

    /** The payment was declined. */
    record Declined(PaymentId paymentId, String reason, Instant occurredAt) implements PaymentEvent {
        public Declined {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.declined";
        }
    }

    /** The outcome of a call to Klarna is unknown. */
    record Errored(PaymentId paymentId, String detail, Instant occurredAt) implements PaymentEvent {
        public Errored {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.errored";
        }
    }

    /** Authorization is attempted again after an unknown outcome. */
    record Retried(PaymentId paymentId, Instant occurredAt) implements PaymentEvent {
        public Retried {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "payment.retried";
        }
    }
}
