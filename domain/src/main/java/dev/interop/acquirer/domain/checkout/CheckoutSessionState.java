package dev.interop.acquirer.domain.checkout;

import java.time.Instant;
import java.util.Objects;

/**
 * The lifecycle state of a {@link CheckoutSession}; each record holds only what is valid in that state. The payment
 * is referred to by its id's text ({@code pay_...}) so that this package does not depend on the payment package,
 * which depends on it.
 */
public sealed interface CheckoutSessionState {

    CheckoutSessionKind kind();

    /** Open for changes and for a payment. */
    record Open() implements CheckoutSessionState {
        @Override
        public CheckoutSessionKind kind() {
            return CheckoutSessionKind.OPEN;
        }
    }

    /** A payment was submitted or registered against the session and is being authorized. */
    record PaymentRegistered(String paymentId) implements CheckoutSessionState {
        public PaymentRegistered {
            requirePaymentId(paymentId);
        }

        @Override
        public CheckoutSessionKind kind() {
            return CheckoutSessionKind.PAYMENT_REGISTERED;
        }
    }

    /** The registered payment was authorized. Final. */
    record Completed(String paymentId, Instant at) implements CheckoutSessionState {
        public Completed {
            requirePaymentId(paymentId);
            Objects.requireNonNull(at, "at");
        }

        @Override
        public CheckoutSessionKind kind() {
            return CheckoutSessionKind.COMPLETED;
        }
    }

    /** The session expired without a payment. Final. */
    record Expired(Instant at) implements CheckoutSessionState {
        public Expired {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public CheckoutSessionKind kind() {
            return CheckoutSessionKind.EXPIRED;
        }
    }

    /** The Partner canceled the session. Final. */
    record Canceled(Instant at) implements CheckoutSessionState {
        public Canceled {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public CheckoutSessionKind kind() {
            return CheckoutSessionKind.CANCELED;
        }
    }

    /** The shape of a payment id as this package accepts it: 1..128 characters of {@code [A-Za-z0-9_-]}. */
    static boolean isPaymentId(String paymentId) {
        return paymentId != null && !paymentId.isEmpty() && paymentId.length() <= 128
                && paymentId.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                        || c >= '0' && c <= '9' || c == '_' || c == '-');
    }

    private static void requirePaymentId(String paymentId) {
        if (!isPaymentId(paymentId)) {
            throw new IllegalArgumentException("not a payment id: " + paymentId);
        }
    }
}
