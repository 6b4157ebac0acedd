package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import io.vavr.control.Either;

/** AP side: reads a checkout session of the calling Partner. */
public interface GetCheckoutSessionUseCase {

    Either<UseCaseError, CheckoutSessionView> get(GetCheckoutSessionCommand command);
}
