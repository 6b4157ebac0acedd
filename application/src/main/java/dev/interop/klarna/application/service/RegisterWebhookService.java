package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.RegisterWebhookCommand;
import dev.interop.klarna.application.port.in.RegisterWebhookUseCase;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.Transactions;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * Registers a webhook (see {@link RegisterWebhookUseCase}) in one unit of work: the webhook with its first signing
 * key. The domain checks the URL, the event types and the version; a refusal writes nothing.
 */
public final class RegisterWebhookService implements RegisterWebhookUseCase {

    private final WebhookRepository webhooks;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public RegisterWebhookService(WebhookRepository webhooks, IdGenerator ids, TokenGenerator secrets, Clock clock,
            UnitOfWork unitOfWork) {
        this.webhooks = Objects.requireNonNull(webhooks);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Webhook> register(RegisterWebhookCommand command) {
        Instant now = clock.now();
        return KlarnaSupport.<Webhook>lift(Webhook.register(ids.newId(), command.url(), command.eventTypes(),
                        command.eventVersion(), command.status(), WebhookSupport.newSigningKey(ids, secrets, now), now))
                .flatMap(webhook -> Transactions.atomically(unitOfWork, () -> {
                    webhooks.save(webhook);
                    return Either.right(webhook);
                }));
    }
}
