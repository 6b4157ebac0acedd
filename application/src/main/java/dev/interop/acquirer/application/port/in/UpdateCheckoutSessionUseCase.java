package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import io.vavr.control.Either;

/**
 * AP side: updates an open checkout session. A stale version is {@code PreconditionFailed} and changes nothing
 * (R14); a session that is no longer open is {@code Rejected}.
 */
public interface UpdateCheckoutSessionUseCase {

    Either<UseCaseError, CheckoutSessionView> update(UpdateCheckoutSessionCommand command);
}
