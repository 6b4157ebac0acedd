package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.acquirer.domain.payment.Payment;
import io.vavr.control.Either;

/** AP side: reads a payment of the calling Partner. */
public interface GetPaymentUseCase {

    Either<UseCaseError, Payment> get(GetPaymentCommand command);
}
