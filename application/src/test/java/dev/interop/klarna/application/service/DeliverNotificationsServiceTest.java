package dev.interop.klarna.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.in.DeliverNotificationsCommand;
import dev.interop.klarna.application.port.in.DeliverNotificationsUseCase.Report;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.klarna.application.port.out.NotificationSender;
import dev.interop.klarna.application.port.out.NotificationSender.OutgoingNotification;
import dev.interop.klarna.application.port.out.NotificationSender.Result;
import dev.interop.klarna.domain.notification.DeliverySchedule;
import dev.interop.klarna.domain.notification.DeliveryState;
import dev.interop.klarna.domain.notification.DeliveryStatus;
import dev.interop.klarna.domain.notification.EventTypes;
import dev.interop.klarna.domain.notification.OutboxNotification;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import dev.interop.shared.application.system.ManualClock;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DeliverNotificationsServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration BUDGET = Duration.ofSeconds(15);
    private static final String BODY = "{\"payload\":{\"klarna_network_session_token\":\"tok\"}}";

    private final KlarnaStorage storage = InMemoryKlarnaStorage.create();
    private final ManualClock clock = new ManualClock(T0);
    private final ScriptedSender sender = new ScriptedSender();
    private final DeliverNotificationsService deliver = new DeliverNotificationsService(storage.notificationOutbox(),
            storage.webhooks(), sender, clock, DeliverySchedule.STANDARD, LEASE, BUDGET);

    /** Answers from a script (else delivered), records what it was given, may act while "sending". */
    private static final class ScriptedSender implements NotificationSender {
        final java.util.List<OutgoingNotification> sent = new ArrayList<>();
        final Deque<Function<OutgoingNotification, Result>> script = new ArrayDeque<>();

        @Override
        public Result send(OutgoingNotification notification) {
            sent.add(notification);
            Function<OutgoingNotification, Result> next = script.poll();
            return next == null ? Result.delivered(204) : next.apply(notification);
        }
    }

    private Webhook webhook(String name) {
        Webhook webhook = Webhook.register(name, "https://ap.example/" + name,
                List.of(EventTypes.STATE_CHANGE_WILDCARD), "v2", WebhookStatus.ENABLED,
                SigningKey.of(name + "-k1", SigningKey.SECRET_PREFIX + name + "x".repeat(40), T0), T0).get();
        storage.webhooks().save(webhook);
        return webhook;
    }

    private OutboxNotification queued(String eventId, Webhook webhook) {
        OutboxNotification n = OutboxNotification.pending(eventId, webhook.id(),
                "payment.request.state-change.completed", BODY, clock.now());
        storage.notificationOutbox().add(n);
        return n;
    }

    private OutboxNotification stored(String eventId) {
        return storage.notificationOutbox().findById(eventId).get();
    }

    private Report round() {
        return deliver.deliver(new DeliverNotificationsCommand(10)).get();
    }

    @Test
    void sends_a_due_notification_signed_with_its_webhook_s_current_key_and_records_it_delivered() {
        Webhook webhook = webhook("w1");
        queued("e1", webhook);

        Report report = round();

        assertThat(report).isEqualTo(new Report(1, 1, 0, 0, 0, 0));
        OutgoingNotification sent = sender.sent.get(0);
        assertThat(sent.webhookUrl()).isEqualTo(webhook.url());
        assertThat(sent.signingKeyId()).isEqualTo(webhook.signingKey().id());
        assertThat(sent.signingSecret()).isEqualTo(webhook.signingKey().secret());
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(sent.eventId()).isEqualTo("e1");
        assertThat(stored("e1").state()).isEqualTo(new DeliveryState.Delivered(T0));
        assertThat(stored("e1").body()).doesNotContain("tok\"");
        assertThat(round()).isEqualTo(Report.nothing());
    }

    @Test
    void a_failed_attempt_is_retried_with_increasing_back_off() {
        Webhook webhook = webhook("w1");
        queued("e1", webhook);
        sender.script.add(n -> Result.failed("HTTP 503"));
        sender.script.add(n -> Result.failed("connection refused"));

        assertThat(round()).isEqualTo(new Report(1, 0, 1, 0, 0, 0));
        assertThat(stored("e1").state()).isEqualTo(new DeliveryState.Pending(T0.plusSeconds(1), Option.none(),
                Option.of("HTTP 503")));
        assertThat(round()).isEqualTo(Report.nothing());

        clock.advance(Duration.ofSeconds(1));
        assertThat(round()).isEqualTo(new Report(1, 0, 1, 0, 0, 0));
        assertThat(((DeliveryState.Pending) stored("e1").state()).nextAttemptAt()).isEqualTo(T0.plusSeconds(6));

        clock.advance(Duration.ofSeconds(5));
        assertThat(round()).isEqualTo(new Report(1, 1, 0, 0, 0, 0));
        assertThat(stored("e1").attempts()).isEqualTo(3);
        assertThat(sender.sent).hasSize(3).allMatch(sent -> sent.eventId().equals("e1"));
    }

    @Test
    void gives_up_after_twelve_hours_of_failures() {
        queued("e1", webhook("w1"));
        int rounds = 0;
        while (stored("e1").status() == DeliveryStatus.PENDING && rounds < 100) {
            sender.script.add(n -> Result.failed("HTTP 500"));
            DeliveryState.Pending pending = (DeliveryState.Pending) stored("e1").state();
            clock.set(pending.nextAttemptAt());
            round();
            rounds++;
        }

        OutboxNotification failed = stored("e1");
        assertThat(failed.state()).isEqualTo(new DeliveryState.Failed(T0.plus(Duration.ofHours(12)), "HTTP 500"));
        assertThat(failed.attempts()).isEqualTo(rounds).isBetween(15, 20);
        assertThat(failed.body()).doesNotContain("\"tok\"");
    }

    @Test
    void a_rotated_key_signs_the_next_attempt() {
        Webhook webhook = webhook("w1");
        queued("e1", webhook);
        sender.script.add(n -> Result.failed("HTTP 502"));
        round();
        Webhook rotated = webhook.rotate(SigningKey.of("k2", SigningKey.SECRET_PREFIX + "y".repeat(43), T0));
        storage.webhooks().save(rotated);

        clock.advance(Duration.ofSeconds(1));
        round();

        assertThat(sender.sent.get(0).signingKeyId()).isEqualTo(webhook.signingKey().id());
        assertThat(sender.sent.get(1).signingKeyId()).isEqualTo(rotated.signingKey().id());
        assertThat(sender.sent.get(1).signingSecret()).isEqualTo(rotated.signingKey().secret());
    }

    @Test
    void a_deleted_or_disabled_webhook_gets_nothing_and_its_notifications_fail() {
        Webhook deleted = webhook("gone");
        queued("e1", deleted);
        storage.webhooks().delete(deleted.id());

        assertThat(round()).isEqualTo(new Report(1, 0, 0, 1, 0, 0));

        assertThat(sender.sent).isEmpty();
        assertThat(stored("e1").state()).isEqualTo(new DeliveryState.Failed(T0, "the webhook was deleted"));
        assertThat(stored("e1").attempts()).isZero();
    }

    @Test
    void a_sender_that_throws_counts_as_a_failed_attempt() {
        queued("e1", webhook("w1"));
        sender.script.add(n -> {
            throw new IllegalStateException("bug");
        });

        assertThat(round()).isEqualTo(new Report(1, 0, 1, 0, 0, 0));
        assertThat(((DeliveryState.Pending) stored("e1").state()).lastError())
                .contains("the sender failed: IllegalStateException");
    }

    @Test
    void a_claim_taken_over_while_sending_is_lost_and_changes_nothing() {
        queued("e1", webhook("w1"));
        sender.script.add(n -> {
            clock.advance(LEASE);
            storage.notificationOutbox().claimDue(clock.now(), clock.now().plus(LEASE), 10);
            return Result.delivered(200);
        });

        assertThat(round()).isEqualTo(new Report(1, 0, 0, 0, 1, 0));
        assertThat(stored("e1").status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(stored("e1").version()).isEqualTo(3);
    }

    @Test
    void notifications_whose_claim_runs_low_are_left_for_the_next_round() {
        Webhook webhook = webhook("w1");
        queued("e1", webhook);
        queued("e2", webhook);
        sender.script.add(n -> {
            clock.advance(LEASE.minus(BUDGET));
            return Result.delivered(200);
        });

        assertThat(round()).isEqualTo(new Report(2, 1, 0, 0, 0, 1));
        assertThat(sender.sent).hasSize(1);

        clock.advance(BUDGET);
        assertThat(round()).isEqualTo(new Report(1, 1, 0, 0, 0, 0));
        assertThat(stored("e2").status()).isEqualTo(DeliveryStatus.DELIVERED);
    }
}
