package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Every registered webhook, oldest first. Callers show them without their signing secrets. */
public interface ListWebhooksUseCase {

    Either<UseCaseError, List<Webhook>> list(ListWebhooksCommand command);
}
