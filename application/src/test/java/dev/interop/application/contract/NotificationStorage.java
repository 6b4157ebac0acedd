package dev.interop.application.contract;

import dev.interop.klarna.application.port.out.NotificationOutboxRepository;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.shared.application.port.UnitOfWork;
import java.util.Objects;

/**
 * The notification ports of one adapter over one store, as their contract tests receive them: both join
 * {@link #unitOfWork()}. Invariant: every part present.
 */
public record NotificationStorage(UnitOfWork unitOfWork, WebhookRepository webhooks,
        NotificationOutboxRepository outbox) {

    public NotificationStorage {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(outbox, "outbox");
    }
}
