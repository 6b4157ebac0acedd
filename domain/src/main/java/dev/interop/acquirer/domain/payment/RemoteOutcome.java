package dev.interop.acquirer.domain.payment;

/**
 * The classified outcome of a call to Klarna's authorization, as the gateway reports it: {@code Succeeded}
 * (APPROVED), {@code Rejected} (DECLINED), {@code Pending} (STEP_UP_REQUIRED) or {@code Errored} (unknown: timeout,
 * server error). Each maps to one {@link PaymentAction} that {@link Payment#record} checks against the table.
 */
public sealed interface RemoteOutcome {

    /** The action this outcome takes on a payment. */
    PaymentAction action();

    /** Klarna approved and created a payment transaction. */
    record Succeeded(String transactionId) implements RemoteOutcome {
        public Succeeded {
            Texts.require(transactionId, "transactionId", 255);
        }

        @Override
        public PaymentAction action() {
            return PaymentAction.RECORD_SUCCEEDED;
        }
    }

    /** Klarna declined. */
    record Rejected(String reason) implements RemoteOutcome {
        public Rejected {
            Texts.require(reason, "reason", 1000);
        }

        @Override
        public PaymentAction action() {
            return PaymentAction.RECORD_REJECTED;
        }
    }

    /** Klarna needs the customer: a Payment Request was created and waits at {@code url}. */
    record Pending(String paymentRequestId, String url) implements RemoteOutcome {
        public Pending {
            Texts.require(paymentRequestId, "paymentRequestId", 255);
            Texts.require(url, "url", 2048);
        }

        @Override
        public PaymentAction action() {
            return PaymentAction.RECORD_PENDING;
        }
    }

    /** The outcome is unknown; {@code detail} says what went wrong and must not contain secrets. */
    record Errored(String detail) implements RemoteOutcome {
        public Errored {
            Texts.require(detail, "detail", 1000);
        }

        @Override
        public PaymentAction action() {
            return PaymentAction.RECORD_ERRORED;
        }
    }
}
