package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.DeleteWebhookCommand;
import dev.interop.klarna.application.port.in.DeleteWebhookUseCase;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.Transactions;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Deletes a webhook with its keys in one unit of work; unknown is {@code NotFound}, and so is a webhook deleted
 * concurrently by another request.
 */
public final class DeleteWebhookService implements DeleteWebhookUseCase {

    private final WebhookRepository webhooks;
    private final UnitOfWork unitOfWork;

    public DeleteWebhookService(WebhookRepository webhooks, UnitOfWork unitOfWork) {
        this.webhooks = Objects.requireNonNull(webhooks);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Webhook> delete(DeleteWebhookCommand command) {
        return Transactions.atomically(unitOfWork, () -> WebhookSupport.find(webhooks, command.webhookId())
                .flatMap(webhook -> webhooks.delete(webhook.id()) ? Either.right(webhook)
                        : Either.left(new UseCaseError.NotFound("webhook", command.webhookId()))));
    }
}
