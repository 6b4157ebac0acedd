package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side: cancels a Payment Request (reason PARTNER_CANCELED) and notifies the AP. */
public interface CancelPaymentRequestUseCase {

    Either<UseCaseError, PaymentRequest> cancel(CancelPaymentRequestCommand command);
}
