package dev.interop.application.port.in;

import dev.interop.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side: cancels a Payment Request (reason PARTNER_CANCELED) and notifies the AP. */
public interface CancelPaymentRequestUseCase {

    Either<UseCaseError, PaymentRequest> cancel(CancelPaymentRequestCommand command);
}
