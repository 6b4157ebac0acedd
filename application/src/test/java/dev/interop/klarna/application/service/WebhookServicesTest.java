package dev.interop.klarna.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.in.DeleteWebhookCommand;
import dev.interop.klarna.application.port.in.ListWebhooksCommand;
import dev.interop.klarna.application.port.in.RegisterWebhookCommand;
import dev.interop.klarna.application.port.in.RotateSigningKeyCommand;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.klarna.domain.notification.EventTypes;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.system.ManualClock;
import dev.interop.shared.domain.CommonRejection;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookServicesTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");
    private static final String URL = "https://ap.example/klarna/v1/notifications";

    private final KlarnaStorage storage = InMemoryKlarnaStorage.create();
    private final ManualClock clock = new ManualClock(T0);
    private final AtomicInteger counter = new AtomicInteger();
    private final RegisterWebhookService register = new RegisterWebhookService(storage.webhooks(),
            () -> "id-" + counter.incrementAndGet(), prefix -> prefix + "secret-" + counter.incrementAndGet()
                    + "-0123456789abcdefghijklmnopqrstuvwxyz", clock, storage.unitOfWork());
    private final RotateSigningKeyService rotate = new RotateSigningKeyService(storage.webhooks(),
            () -> "id-" + counter.incrementAndGet(), prefix -> prefix + "secret-" + counter.incrementAndGet()
                    + "-0123456789abcdefghijklmnopqrstuvwxyz", clock, storage.unitOfWork());
    private final DeleteWebhookService delete = new DeleteWebhookService(storage.webhooks(), storage.unitOfWork());
    private final ListWebhooksService list = new ListWebhooksService(storage.webhooks());

    private Webhook registered() {
        return register.register(new RegisterWebhookCommand(URL, List.of(EventTypes.STATE_CHANGE_WILDCARD), "v2",
                WebhookStatus.ENABLED)).get();
    }

    @Test
    void registers_a_webhook_with_krn_ids_and_a_secret_from_the_secret_source() {
        Webhook webhook = registered();

        assertThat(webhook.id()).isEqualTo(Webhook.ID_PREFIX + "id-1");
        assertThat(webhook.signingKey().id()).isEqualTo(SigningKey.ID_PREFIX + "id-2");
        assertThat(webhook.signingKey().secret()).startsWith(SigningKey.SECRET_PREFIX + "secret-3");
        assertThat(webhook.createdAt()).isEqualTo(T0);
        assertThat(storage.webhooks().findById(webhook.id()).toJavaOptional()).contains(webhook);
    }

    @Test
    void refuses_an_invalid_registration_and_stores_nothing() {
        var refused = register.register(new RegisterWebhookCommand("not a url", List.of("payment.*"), "v2",
                WebhookStatus.ENABLED));

        assertThat(refused.getLeft()).isInstanceOfSatisfying(UseCaseError.Rejected.class, rejected -> {
            assertThat(rejected.rejection().code()).isEqualTo(CommonRejection.INVALID_FIELD);
            assertThat(rejected.rejection().field()).contains("url");
        });
        assertThat(storage.webhooks().findAll()).isEmpty();
    }

    @Test
    void rotation_gives_a_new_key_and_keeps_the_webhook() {
        Webhook webhook = registered();
        clock.advance(java.time.Duration.ofMinutes(1));

        Webhook rotated = rotate.rotate(new RotateSigningKeyCommand(webhook.id())).get();

        assertThat(rotated.id()).isEqualTo(webhook.id());
        assertThat(rotated.signingKey().id()).isNotEqualTo(webhook.signingKey().id());
        assertThat(rotated.signingKey().secret()).isNotEqualTo(webhook.signingKey().secret());
        assertThat(rotated.signingKey().createdAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(list.list(new ListWebhooksCommand()).get()).containsExactly(rotated);
    }

    @Test
    void unknown_webhooks_are_not_found() {
        assertThat(rotate.rotate(new RotateSigningKeyCommand(Webhook.ID_PREFIX + "nope")).getLeft())
                .isInstanceOf(UseCaseError.NotFound.class);
        assertThat(rotate.rotate(new RotateSigningKeyCommand("../etc")).getLeft())
                .isInstanceOf(UseCaseError.NotFound.class);
        assertThat(delete.delete(new DeleteWebhookCommand(Webhook.ID_PREFIX + "nope")).getLeft())
                .isInstanceOf(UseCaseError.NotFound.class);
    }

    @Test
    void deletes_a_webhook_once() {
        Webhook webhook = registered();

        assertThat(delete.delete(new DeleteWebhookCommand(webhook.id())).get()).isEqualTo(webhook);
        assertThat(delete.delete(new DeleteWebhookCommand(webhook.id())).getLeft())
                .isInstanceOf(UseCaseError.NotFound.class);
        assertThat(list.list(new ListWebhooksCommand()).get()).isEmpty();
    }
}
