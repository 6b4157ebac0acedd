package dev.interop.application.port.in;

import io.vavr.control.Either;

/** AP side: reads a checkout session of the calling Partner. */
public interface GetCheckoutSessionUseCase {

    Either<UseCaseError, CheckoutSessionView> get(GetCheckoutSessionCommand command);
}
