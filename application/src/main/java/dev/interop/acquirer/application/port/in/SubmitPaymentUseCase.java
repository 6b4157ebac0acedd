package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.acquirer.domain.payment.Payment;
import io.vavr.control.Either;

/**
 * AP side: creates the payment and authorizes it with Klarna, forwarding token and data unchanged. The payment ends
 * AUTHORIZED, REQUIRES_CUSTOMER_ACTION (step-up: it moves on by itself when the customer finishes), DECLINED, or
 * ERRORED when Klarna's answer is unknown. R9 and R10 apply to finalization; a token Klarna refuses (consumed,
 * another Partner's, expired) is {@code Rejected} and leaves nothing behind.
 */
public interface SubmitPaymentUseCase {

    Either<UseCaseError, Payment> submit(SubmitPaymentCommand command);
}
