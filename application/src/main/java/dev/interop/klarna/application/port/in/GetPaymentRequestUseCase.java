package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side: reads a Payment Request (state, previous state, reason). */
public interface GetPaymentRequestUseCase {

    Either<UseCaseError, PaymentRequest> get(GetPaymentRequestCommand command);
}
