package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side: creates a Payment Request in SUBMITTED for the Partner's account. */
public interface CreatePaymentRequestUseCase {

    Either<UseCaseError, PaymentRequest> create(CreatePaymentRequestCommand command);
}
