package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;

/**
 * Rotates a webhook's signing key: a new key id and a new 256-bit secret sign every attempt from now on (pending
 * notifications included); the old key signs nothing new. Answers the webhook with its new key, the only place the
 * new secret is shown. An unknown id is {@code NotFound}; a concurrent rotation is {@code Conflict}.
 */
public interface RotateSigningKeyUseCase {

    Either<UseCaseError, Webhook> rotate(RotateSigningKeyCommand command);
}
