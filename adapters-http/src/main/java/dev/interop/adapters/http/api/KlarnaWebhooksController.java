package dev.interop.adapters.http.api;

import dev.interop.adapters.http.Authentication;
import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.ProblemCodes;
import dev.interop.adapters.http.ProblemException;
import dev.interop.adapters.http.RouteRegistry;
import dev.interop.adapters.http.Routes;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.klarna.application.port.in.DeleteWebhookCommand;
import dev.interop.klarna.application.port.in.DeleteWebhookUseCase;
import dev.interop.klarna.application.port.in.ListWebhooksCommand;
import dev.interop.klarna.application.port.in.ListWebhooksUseCase;
import dev.interop.klarna.application.port.in.RegisterWebhookCommand;
import dev.interop.klarna.application.port.in.RegisterWebhookUseCase;
import dev.interop.klarna.application.port.in.RotateSigningKeyCommand;
import dev.interop.klarna.application.port.in.RotateSigningKeyUseCase;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.shared.application.port.UseCaseError;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's webhook registration, Klarna's {@code /v2/notification/webhooks} ({@code docs/klarna-wire.md}
 * "Notifications") under {@code /sandbox/klarna}, with the Acquiring Partner's Klarna credentials
 * ({@code Authorization: Basic}, user {@value #ACQUIRER}, the Klarna API key as password; 401 otherwise, for every
 * path under {@code /sandbox/klarna/v2/notification/}):
 * <ul>
 *   <li>{@code POST …/webhooks} {@code {url, event_types, event_version?, status?}} → 201 {@code {webhook_id, url,
 *       event_types, event_version, status, signing_key_id, signing_key}}; {@code event_version} defaults to
 *       {@code v2}, {@code status} to {@code ENABLED};</li>
 *   <li>{@code GET …/webhooks} → 200 {@code {webhooks: [...]}} without signing keys;</li>
 *   <li>{@code DELETE …/webhooks/{webhook_id}} → 204; unknown: 404;</li>
 *   <li>{@code POST …/webhooks/{webhook_id}/signing-keys} → 201 {@code {webhook_id, signing_key_id, signing_key}}:
 *       the new key signs every notification from now on.</li>
 * </ul>
 * A signing key is shown only in the answer that made it: under the same {@code Idempotency-Key} a replay answers
 * the same webhook and key id without {@code signing_key}, because replays are stored and the secret is not.
 */
public final class KlarnaWebhooksController implements Routes {

    /** The Basic user name of the Acquiring Partner's Klarna credentials. */
    public static final String ACQUIRER = "acquirer";
    /** The {@code WWW-Authenticate} realm. */
    public static final String REALM = "klarna-sandbox";

    static final String NOTIFICATION = "/sandbox/klarna/v2/notification";
    static final String WEBHOOKS = NOTIFICATION + "/webhooks";
    static final String WEBHOOK = WEBHOOKS + "/{webhook_id}";
    static final String SIGNING_KEYS = WEBHOOK + "/signing-keys";
    /** The idempotency scope of every request here. */
    static final String SCOPE = "acquirer:notification";

    private final UseCases useCases;
    private final Responder responder;
    private final SecretCheck klarnaApiKey;

    /** The use cases this face calls. */
    public record UseCases(RegisterWebhookUseCase register, ListWebhooksUseCase list, DeleteWebhookUseCase delete,
            RotateSigningKeyUseCase rotate, RunIdempotentlyUseCase runIdempotently) {
        public UseCases {
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(delete, "delete");
            Objects.requireNonNull(rotate, "rotate");
            Objects.requireNonNull(runIdempotently, "runIdempotently");
        }
    }

    public KlarnaWebhooksController(UseCases useCases, SecretCheck klarnaApiKey) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.responder = new Responder(useCases.runIdempotently());
        this.klarnaApiKey = Objects.requireNonNull(klarnaApiKey, "klarnaApiKey");
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.before(NOTIFICATION + "/*", ctx -> Authentication.requireBasicPassword(ctx, REALM, ACQUIRER,
                        klarnaApiKey))
                .post(WEBHOOKS, this::registerWebhook)
                .get(WEBHOOKS, this::listWebhooks)
                .delete(WEBHOOK, this::deleteWebhook)
                .post(SIGNING_KEYS, this::rotateSigningKey);
    }

    /** A webhook as listed: never its signing secret. */
    record WebhookView(String webhookId, String url, List<String> eventTypes, String eventVersion, String status,
            String signingKeyId, String createdAt) {
        static WebhookView of(Webhook webhook) {
            return new WebhookView(webhook.id(), webhook.url(), webhook.eventTypes().toJavaList(),
                    webhook.eventVersion(), webhook.status().name(), webhook.signingKey().id(),
                    webhook.createdAt().toString());
        }
    }

    /** {@code GET …/webhooks}. */
    record WebhookList(List<WebhookView> webhooks) {
    }

    /** {@code POST …/webhooks}: the webhook with its signing key, shown only here. */
    record RegisteredWebhook(String webhookId, String url, List<String> eventTypes, String eventVersion,
            String status, String signingKeyId, String signingKey) {
        static RegisteredWebhook of(Webhook webhook) {
            return new RegisteredWebhook(webhook.id(), webhook.url(), webhook.eventTypes().toJavaList(),
                    webhook.eventVersion(), webhook.status().name(), webhook.signingKey().id(),
                    webhook.signingKey().secret());
        }

        /** What a replay shows: everything but the key, which is never stored. */
        RegisteredWebhook withoutSigningKey() {
            return new RegisteredWebhook(webhookId, url, eventTypes, eventVersion, status, signingKeyId, null);
        }

        @Override
        public String toString() {
            return "RegisteredWebhook[webhookId=" + webhookId + ", signingKeyId=" + signingKeyId
                    + ", signingKey=…]";
        }
    }

    /** {@code POST …/signing-keys}: the new key, shown only here. */
    record NewSigningKey(String webhookId, String signingKeyId, String signingKey) {
        static NewSigningKey of(Webhook webhook) {
            return new NewSigningKey(webhook.id(), webhook.signingKey().id(), webhook.signingKey().secret());
        }

        NewSigningKey withoutSigningKey() {
            return new NewSigningKey(webhookId, signingKeyId, null);
        }

        @Override
        public String toString() {
            return "NewSigningKey[webhookId=" + webhookId + ", signingKeyId=" + signingKeyId + ", signingKey=…]";
        }
    }

    private void registerWebhook(Context ctx) {
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        String url = body.requireString("url", Webhook.MAX_URL);
        if (!body.has("event_types")) {
            body.reject("event_types", "is required");
        }
        List<String> eventTypes = body.optionalStrings("event_types");
        String eventVersion = body.optionalString("event_version", 16).orElse(Webhook.EVENT_VERSION);
        WebhookStatus status = body.optionalEnum("status", WebhookStatus.class).orElse(WebhookStatus.ENABLED);
        input.validate();
        RegisterWebhookCommand command = new RegisterWebhookCommand(url, io.vavr.collection.List.ofAll(eventTypes),
                eventVersion, status);
        responder.mutate(ctx, SCOPE, WEBHOOKS,
                () -> Reply.of(useCases.register().register(command), webhook -> new Reply.Success(201,
                        RegisteredWebhook.of(webhook), RegisteredWebhook.of(webhook).withoutSigningKey())),
                Responder.ResponseHeaders.NONE);
    }

    private void listWebhooks(Context ctx) {
        responder.read(ctx, Reply.of(useCases.list().list(new ListWebhooksCommand()),
                webhooks -> Reply.ok(new WebhookList(webhooks.map(WebhookView::of).toJavaList()))),
                Responder.ResponseHeaders.NONE);
    }

    private void deleteWebhook(Context ctx) {
        String id = webhookId(ctx);
        Either<UseCaseError, Webhook> deleted = useCases.delete().delete(new DeleteWebhookCommand(id));
        if (deleted.isLeft()) {
            throw new ProblemException(UseCaseProblems.toProblem(deleted.getLeft()));
        }
        ctx.status(204);
    }

    private void rotateSigningKey(Context ctx) {
        String id = webhookId(ctx);
        responder.mutate(ctx, SCOPE, SIGNING_KEYS,
                () -> Reply.of(useCases.rotate().rotate(new RotateSigningKeyCommand(id)),
                        webhook -> new Reply.Success(201, NewSigningKey.of(webhook),
                                NewSigningKey.of(webhook).withoutSigningKey())),
                Responder.ResponseHeaders.NONE);
    }

    /** The webhook of the path; a value that cannot be a webhook id is 404. */
    private static String webhookId(Context ctx) {
        String id = ctx.pathParam("webhook_id");
        return Optional.of(id).filter(Webhook::isId).orElseThrow(() -> ProblemException.notFound(
                ProblemCodes.NOT_FOUND, "No webhook " + id + " exists."));
    }
}
