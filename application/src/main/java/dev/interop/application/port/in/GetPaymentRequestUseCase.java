package dev.interop.application.port.in;

import dev.interop.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side: reads a Payment Request (state, previous state, reason). */
public interface GetPaymentRequestUseCase {

    Either<UseCaseError, PaymentRequest> get(GetPaymentRequestCommand command);
}
