package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.RotateSigningKeyCommand;
import dev.interop.klarna.application.port.in.RotateSigningKeyUseCase;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.Transactions;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Rotates a webhook's signing key (see {@link RotateSigningKeyUseCase}) in one unit of work, optimistically: of two
 * concurrent rotations one is {@code Conflict} and changes nothing.
 */
public final class RotateSigningKeyService implements RotateSigningKeyUseCase {

    private final WebhookRepository webhooks;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public RotateSigningKeyService(WebhookRepository webhooks, IdGenerator ids, TokenGenerator secrets, Clock clock,
            UnitOfWork unitOfWork) {
        this.webhooks = Objects.requireNonNull(webhooks);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Webhook> rotate(RotateSigningKeyCommand command) {
        return Transactions.atomically(unitOfWork, () -> WebhookSupport.find(webhooks, command.webhookId())
                .map(webhook -> {
                    Webhook rotated = webhook.rotate(WebhookSupport.newSigningKey(ids, secrets, clock.now()));
                    webhooks.save(rotated);
                    return rotated;
                }));
    }
}
