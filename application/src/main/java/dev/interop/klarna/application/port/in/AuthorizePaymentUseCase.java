package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/**
 * Klarna side: one authorization attempt. APPROVED creates the payment transaction and consumes the session's token
 * (R5, exactly once under races); STEP_UP_REQUIRED creates a Payment Request the customer must complete (R10, R11);
 * DECLINED changes nothing but the timeline. Token problems are {@code Rejected} (R1, R5, R6).
 */
public interface AuthorizePaymentUseCase {

    Either<UseCaseError, Outcome> authorize(AuthorizePaymentCommand command);

    /** The three documented results. */
    sealed interface Outcome {
        record Approved(PaymentTransaction transaction) implements Outcome {
        }

        record StepUpRequired(PaymentRequest request, String paymentRequestUrl) implements Outcome {
        }

        record Declined(String reason) implements Outcome {
        }
    }
}
