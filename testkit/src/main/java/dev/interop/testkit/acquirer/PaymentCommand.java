package dev.interop.testkit.acquirer;

import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.acquirer.domain.payment.PaymentAction;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a generated command sequence against a {@link Payment}; generated without knowing the payment's state,
 * so many are refused.
 */
public sealed interface PaymentCommand {

    /** The table action this command asks for. */
    PaymentAction action();

    /** Runs the command against {@code payment} at {@code now}. */
    Either<Rejection, Transition<Payment>> apply(Payment payment, Instant now);

    /** Record what Klarna answered. */
    record Record(RemoteOutcome outcome) implements PaymentCommand {
        public Record {
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public PaymentAction action() {
            return outcome.action();
        }

        @Override
        public Either<Rejection, Transition<Payment>> apply(Payment payment, Instant now) {
            return payment.record(outcome, now);
        }
    }

    /** The customer completed the step-up of {@code paymentRequestId}; Klarna issued {@code freshToken}. */
    record CompleteStepUp(String paymentRequestId, SealedToken freshToken) implements PaymentCommand {
        @Override
        public PaymentAction action() {
            return PaymentAction.COMPLETE_STEP_UP;
        }

        @Override
        public Either<Rejection, Transition<Payment>> apply(Payment payment, Instant now) {
            return payment.stepUpCompleted(paymentRequestId, freshToken, now);
        }
    }

    /** The step-up ended without authorization. */
    record FailStepUp(String reason) implements PaymentCommand {
        @Override
        public PaymentAction action() {
            return PaymentAction.FAIL_STEP_UP;
        }

        @Override
        public Either<Rejection, Transition<Payment>> apply(Payment payment, Instant now) {
            return payment.stepUpFailed(reason, now);
        }
    }

    /** Authorize again after an unknown outcome. */
    record Retry() implements PaymentCommand {
        @Override
        public PaymentAction action() {
            return PaymentAction.RETRY;
        }

        @Override
        public Either<Rejection, Transition<Payment>> apply(Payment payment, Instant now) {
            return payment.retry(now);
        }
    }
}
