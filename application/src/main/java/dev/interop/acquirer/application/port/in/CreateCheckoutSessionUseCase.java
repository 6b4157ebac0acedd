package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import io.vavr.control.Either;

/**
 * AP side: opens a checkout session (journey told by Klarna's answer for the token; R8 for one-step express), keeping
 * the token sealed so it can be forwarded byte for byte at finalization (R9).
 */
public interface CreateCheckoutSessionUseCase {

    Either<UseCaseError, CheckoutSessionView> create(CreateCheckoutSessionCommand command);
}
