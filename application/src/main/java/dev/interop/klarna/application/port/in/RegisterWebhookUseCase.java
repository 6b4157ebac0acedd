package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;

/**
 * Registers a webhook with a fresh id ({@code krn:partner:global:notification:webhook:<uuid>}) and a first signing
 * key (id {@code krn:partner:global:notification:signing-key:<uuid>}, a 256-bit secret). The answer is the only
 * place the secret is shown to the caller. An invalid URL, event type or version is {@code Rejected}
 * ({@code INVALID_FIELD}, naming the field).
 */
public interface RegisterWebhookUseCase {

    Either<UseCaseError, Webhook> register(RegisterWebhookCommand command);
}
