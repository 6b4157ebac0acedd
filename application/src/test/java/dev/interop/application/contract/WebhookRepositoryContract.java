package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link WebhookRepository}: round trips, optimistic rotation, ordering, deletion, atomicity. */
public abstract class WebhookRepositoryContract extends NotificationStorageContract {

    private WebhookRepository webhooks() {
        return storage.webhooks();
    }

    @Test
    void reads_back_a_webhook_with_its_signing_secret_exactly() {
        Webhook webhook = webhook(T0, "payment.request.state-change.completed", "payment.request.state-change.declined");
        webhooks().save(webhook);

        assertThat(webhooks().findById(webhook.id()).toJavaOptional()).contains(webhook);
        assertThat(webhooks().findById(webhook.id()).get().signingKey().secret())
                .isEqualTo(webhook.signingKey().secret());
    }

    @Test
    void reads_back_a_disabled_webhook() {
        Webhook enabled = webhook(T0);
        Webhook disabled = new Webhook(enabled.id(), enabled.url(), enabled.eventTypes(), enabled.eventVersion(),
                WebhookStatus.DISABLED, enabled.signingKey(), enabled.createdAt(), 1);
        webhooks().save(disabled);

        assertThat(webhooks().findById(disabled.id()).toJavaOptional()).contains(disabled);
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertThat(webhooks().findById(webhook(T0).id()).isEmpty()).isTrue();
    }

    @Test
    void a_rotation_replaces_the_current_key() {
        Webhook webhook = webhook(T0);
        webhooks().save(webhook);
        Webhook rotated = webhook.rotate(key(T0.plusSeconds(10)));

        webhooks().save(rotated);

        assertThat(webhooks().findById(webhook.id()).toJavaOptional()).contains(rotated);
        assertThat(webhooks().findAll()).containsExactly(rotated);
    }

    @Test
    void a_stale_rotation_fails_and_changes_nothing() {
        Webhook webhook = webhook(T0);
        webhooks().save(webhook);
        Webhook first = webhook.rotate(key(T0.plusSeconds(10)));
        Webhook concurrent = webhook.rotate(key(T0.plusSeconds(11)));
        webhooks().save(first);

        assertThatThrownBy(() -> webhooks().save(concurrent)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(webhooks().findById(webhook.id()).toJavaOptional()).contains(first);
    }

    @Test
    void saving_version_one_twice_or_skipping_a_version_fails() {
        Webhook webhook = webhook(T0);
        webhooks().save(webhook);

        assertThatThrownBy(() -> webhooks().save(webhook)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> webhooks().save(webhook.rotate(key(T0)).rotate(key(T0))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> webhooks().save(webhook(T0).rotate(key(T0))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(webhooks().findAll()).containsExactly(webhook);
    }

    @Test
    void lists_every_webhook_oldest_first() {
        Webhook second = webhook(T0.plusSeconds(2));
        Webhook first = webhook(T0.plusSeconds(1));
        Webhook third = webhook(T0.plusSeconds(3));
        List.of(second, third, first).forEach(webhooks()::save);

        assertThat(webhooks().findAll()).containsExactly(first, second, third);
    }

    @Test
    void deletes_a_webhook_with_its_keys_once() {
        Webhook webhook = webhook(T0);
        Webhook other = webhook(T0.plusSeconds(1));
        webhooks().save(webhook);
        webhooks().save(webhook.rotate(key(T0.plusSeconds(5))));
        webhooks().save(other);

        assertThat(webhooks().delete(webhook.id())).isTrue();
        assertThat(webhooks().delete(webhook.id())).isFalse();

        assertThat(webhooks().findById(webhook.id()).isEmpty()).isTrue();
        assertThat(webhooks().findAll()).containsExactly(other);
        webhooks().save(webhook);
        assertThat(webhooks().findById(webhook.id()).toJavaOptional()).contains(webhook);
    }

    @Test
    void a_save_in_a_unit_of_work_that_fails_leaves_nothing() {
        Webhook webhook = webhook(T0);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            webhooks().save(webhook);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(webhooks().findById(webhook.id()).isEmpty()).isTrue();
        assertThat(webhooks().findAll()).isEmpty();
    }
}
