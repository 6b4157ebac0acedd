package dev.interop.acquirer.domain.payment;

import java.time.Instant;
import java.util.Objects;

/** The lifecycle state of a {@link Payment}; each record holds only what is valid in that state. */
public sealed interface PaymentState {

    PaymentKind kind();

    /** Created, or retried: the call to Klarna is made or about to be, its outcome not yet classified. */
    record Authorizing(Instant since) implements PaymentState {
        public Authorizing {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public PaymentKind kind() {
            return PaymentKind.AUTHORIZING;
        }
    }

    /** Klarna approved; its payment transaction id is kept. Final. */
    record Authorized(String klarnaTransactionId, Instant at) implements PaymentState {
        public Authorized {
            Texts.require(klarnaTransactionId, "klarnaTransactionId", 255);
            Objects.requireNonNull(at, "at");
        }

        @Override
        public PaymentKind kind() {
            return PaymentKind.AUTHORIZED;
        }
    }

    /** Klarna asked for a step-up: the customer must go through the Payment Request at {@code url}. */
    record RequiresCustomerAction(String klarnaPaymentRequestId, String url, Instant at) implements PaymentState {
        public RequiresCustomerAction {
            Texts.require(klarnaPaymentRequestId, "klarnaPaymentRequestId", 255);
            Texts.require(url, "url", 2048);
            Objects.requireNonNull(at, "at");
        }

        @Override
        public PaymentKind kind() {
            return PaymentKind.REQUIRES_CUSTOMER_ACTION;
        }
    }

    /** Klarna, or the step-up, declined. Final. */
    record Declined(String reason, Instant at) implements PaymentState {
        public Declined {
            Texts.require(reason, "reason", 1000);
            Objects.requireNonNull(at, "at");
        }

        @Override
        public PaymentKind kind() {
            return PaymentKind.DECLINED;
        }
    }

    /** The outcome of the call to Klarna is unknown (timeout, 5xx); persisted so it can be retried. */
    record Errored(String detail, Instant at) implements PaymentState {
        public Errored {
            Texts.require(detail, "detail", 1000);
            Objects.requireNonNull(at, "at");
        }

        @Override
        public PaymentKind kind() {
            return PaymentKind.ERRORED;
        }
    }
}
