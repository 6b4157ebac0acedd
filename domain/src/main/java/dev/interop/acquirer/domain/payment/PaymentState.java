package dev.interop.acquirer.domain.payment;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** The lifecycle state of a {@link Payment}; each record holds only what is valid in that state. */
public sealed interface PaymentState {

    PaymentKind kind();

    /**
     * Created, retried, or the customer completed a step-up: the call to Klarna is made or about to be, its outcome
     * not yet classified. {@code finalizing} names the completed Payment Request when this is the final
     * authorization after a step-up (sent with the fresh token, never with a step-up of its own, R11).
     */
    record Authorizing(Instant since, Option<String> finalizing) implements PaymentState {
        public Authorizing {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(finalizing, "finalizing");
            finalizing.forEach(request -> Texts.require(request, "finalizing", 255));
        }

        /** The first authorization (not a finalization). */
        public Authorizing(Instant since) {
            this(since, Option.none());
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

    /**
     * The outcome of the call to Klarna is unknown (timeout, 5xx, dropped connection); persisted so the reconciler
     * asks Klarna again with the same idempotency key. {@code finalizing} as in {@link Authorizing}.
     */
    record Errored(String detail, Instant at, Option<String> finalizing) implements PaymentState {
        public Errored {
            Texts.require(detail, "detail", 1000);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(finalizing, "finalizing");
        }

        public Errored(String detail, Instant at) {
            this(detail, at, Option.none());
        }

        @Override
        public PaymentKind kind() {
            return PaymentKind.ERRORED;
        }
    }
}
