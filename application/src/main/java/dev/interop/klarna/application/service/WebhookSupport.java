package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/** What the webhook use cases share. */
final class WebhookSupport {

    private WebhookSupport() {
    }

    /** A fresh signing key: id from the id source, a 256-bit secret from the secret source (R2, R16). */
    static SigningKey newSigningKey(IdGenerator ids, TokenGenerator secrets, Instant now) {
        return SigningKey.of(ids.newId(), secrets.newSecret(SigningKey.SECRET_PREFIX), now);
    }

    /** The webhook of {@code id}; an unknown one (or a value that cannot be an id) is {@code NotFound}. */
    static Either<UseCaseError, Webhook> find(WebhookRepository webhooks, String id) {
        return (Webhook.isId(id) ? webhooks.findById(id) : Option.<Webhook>none())
                .toEither(() -> new UseCaseError.NotFound("webhook", id));
    }
}
