package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;

/**
 * Deletes a webhook and its signing keys, answering what was deleted; an unknown id is {@code NotFound}. Its
 * notifications still pending are given up by the delivery worker (nothing is sent to a deleted webhook).
 */
public interface DeleteWebhookUseCase {

    Either<UseCaseError, Webhook> delete(DeleteWebhookCommand command);
}
