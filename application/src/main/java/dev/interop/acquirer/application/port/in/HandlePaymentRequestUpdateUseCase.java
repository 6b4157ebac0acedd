package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.acquirer.domain.payment.Payment;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * AP side: moves the payment waiting on the Payment Request. COMPLETED: final-authorize with the fresh token within
 * its 60 minutes → AUTHORIZED (or DECLINED); DECLINED, CANCELED, EXPIRED → DECLINED. Answers the payment it moved,
 * or none when no payment waits on that request (notifications may repeat: handling is idempotent).
 */
public interface HandlePaymentRequestUpdateUseCase {

    Either<UseCaseError, Option<Payment>> handle(HandlePaymentRequestUpdateCommand command);
}
