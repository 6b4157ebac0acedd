package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.ListWebhooksCommand;
import dev.interop.klarna.application.port.in.ListWebhooksUseCase;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;

/** Lists the registered webhooks, oldest first. */
public final class ListWebhooksService implements ListWebhooksUseCase {

    private final WebhookRepository webhooks;

    public ListWebhooksService(WebhookRepository webhooks) {
        this.webhooks = Objects.requireNonNull(webhooks);
    }

    @Override
    public Either<UseCaseError, List<Webhook>> list(ListWebhooksCommand command) {
        Objects.requireNonNull(command, "command");
        return Either.right(webhooks.findAll());
    }
}
