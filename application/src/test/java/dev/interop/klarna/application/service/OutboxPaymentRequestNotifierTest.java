package dev.interop.klarna.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.application.contract.Fixtures;
import dev.interop.application.contract.Fixtures.PaymentRequestCase;
import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.klarna.domain.notification.DeliveryState;
import dev.interop.klarna.domain.notification.EventTypes;
import dev.interop.klarna.domain.notification.OutboxNotification;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxPaymentRequestNotifierTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:05:00.123Z");
    private static final InteroperabilityToken TOKEN = InteroperabilityToken.of(
            "krn:network:eu1:test:session-token:fresh-token-123");

    private final KlarnaStorage storage = InMemoryKlarnaStorage.create();
    private final AtomicInteger ids = new AtomicInteger();
    private final OutboxPaymentRequestNotifier notifier = new OutboxPaymentRequestNotifier(storage.webhooks(),
            storage.notificationOutbox(), storage.paymentRequests(), () -> "event-" + ids.incrementAndGet());

    private Webhook webhook(String name, WebhookStatus status, String... types) {
        Webhook webhook = Webhook.register(name, "https://ap.example/" + name, List.of(types), "v2", status,
                SigningKey.of(name, SigningKey.SECRET_PREFIX + "x".repeat(43), AT), AT).get();
        storage.webhooks().save(webhook);
        return webhook;
    }

    private PaymentRequest saved(PaymentRequestCase which) {
        List<PaymentRequest> states = Fixtures.states(Fixtures.paymentRequestHistory(which));
        states.forEach(storage.paymentRequests()::save);
        return states.last();
    }

    private List<OutboxNotification> outboxOf(Webhook webhook) {
        return storage.notificationOutbox().findByWebhook(webhook.id());
    }

    private static PaymentRequestStateChanged changed(PaymentRequest request, Option<InteroperabilityToken> token) {
        return new PaymentRequestStateChanged(request.partner(), request.id().value(), request.kind(), token, AT);
    }

    @Test
    void writes_one_due_notification_per_matching_enabled_webhook() {
        Webhook all = webhook("all", WebhookStatus.ENABLED, EventTypes.STATE_CHANGE_WILDCARD);
        Webhook completedOnly = webhook("completed", WebhookStatus.ENABLED, "payment.request.state-change.completed");
        Webhook declinedOnly = webhook("declined", WebhookStatus.ENABLED, "payment.request.state-change.declined");
        Webhook disabled = webhook("off", WebhookStatus.DISABLED, EventTypes.STATE_CHANGE_WILDCARD);
        PaymentRequest completed = saved(PaymentRequestCase.COMPLETED);

        storage.unitOfWork().inTransaction(() -> {
            notifier.stateChanged(changed(completed, Option.of(TOKEN)));
            return null;
        });

        assertThat(outboxOf(declinedOnly)).isEmpty();
        assertThat(outboxOf(disabled)).isEmpty();
        OutboxNotification first = outboxOf(all).single();
        OutboxNotification second = outboxOf(completedOnly).single();
        assertThat(List.of(first.eventId(), second.eventId())).containsExactlyInAnyOrder("event-1", "event-2");
        assertThat(first.eventType()).isEqualTo("payment.request.state-change.completed");
        assertThat(first.state()).isEqualTo(new DeliveryState.Pending(AT, Option.none(), Option.none()));
        assertThat(first.attempts()).isZero();
        assertThat(first.createdAt()).isEqualTo(AT);
        assertThat(first.body()).startsWith("{\"metadata\":{\"event_type\":\"payment.request.state-change.completed\","
                        + "\"event_id\":\"" + first.eventId() + "\",\"event_version\":\"v2\","
                        + "\"occurred_at\":\"2026-03-01T10:05:00.123Z\","
                        + "\"subject_account_id\":\"" + completed.partner().value() + "\","
                        + "\"recipient_account_id\":\"krn:partner:global:account:test:acquirer\","
                        + "\"webhook_id\":\"" + all.id() + "\"}")
                .contains("\"payment_request_id\":\"" + completed.id().value() + "\"")
                .contains("\"payment_request_reference\":\"order-9\"")
                .contains("\"state\":\"COMPLETED\",\"previous_state\":\"IN_PROGRESS\",\"state_reason\":null")
                .endsWith(",\"klarna_network_session_token\":\"" + TOKEN.reveal() + "\"}}");
        assertThat(second.body()).contains("\"webhook_id\":\"" + completedOnly.id() + "\"");
    }

    @Test
    void a_change_other_than_completion_carries_no_token_but_its_reason() {
        Webhook all = webhook("all", WebhookStatus.ENABLED, "payment.*");
        PaymentRequest canceled = saved(PaymentRequestCase.CANCELED);

        notifier.stateChanged(changed(canceled, Option.of(TOKEN)));

        assertThat(outboxOf(all).single().body()).contains("\"event_type\":\"payment.request.state-change.canceled\"")
                .contains("\"state\":\"CANCELED\",\"previous_state\":\"SUBMITTED\","
                        + "\"state_reason\":\"PARTNER_CANCELED\"")
                .doesNotContain("klarna_network_session_token");
    }

    @Test
    void nothing_registered_writes_nothing() {
        notifier.stateChanged(changed(saved(PaymentRequestCase.COMPLETED), Option.of(TOKEN)));

        assertThat(storage.notificationOutbox().countByStatus().values().sum().longValue()).isZero();
        assertThat(ids.get()).isZero();
    }

    @Test
    void a_state_change_that_rolls_back_leaves_no_notification() {
        Webhook all = webhook("all", WebhookStatus.ENABLED, EventTypes.STATE_CHANGE_WILDCARD);
        PaymentRequest declined = saved(PaymentRequestCase.DECLINED);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            notifier.stateChanged(changed(declined, Option.none()));
            throw new IllegalStateException("the change failed after notifying");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outboxOf(all)).isEmpty();
    }

    @Test
    void a_request_it_cannot_read_is_still_notified_without_its_details() {
        Webhook all = webhook("all", WebhookStatus.ENABLED, EventTypes.STATE_CHANGE_WILDCARD);
        PaymentRequest completed = Fixtures.states(Fixtures.paymentRequestHistory(PaymentRequestCase.COMPLETED)).last();

        notifier.stateChanged(new PaymentRequestStateChanged(completed.partner(), completed.id().value(),
                PaymentRequestStateKind.COMPLETED, Option.of(TOKEN), AT));

        assertThat(outboxOf(all).single().body()).contains("\"payment_request_reference\":null")
                .contains("\"previous_state\":null").contains(TOKEN.reveal());
    }
}
