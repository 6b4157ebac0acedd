package dev.interop.adapters.http.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.inmemory.InMemoryNotificationKeys;
import dev.interop.adapters.http.api.KlarnaNotificationController;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.in.DeliverNotificationsCommand;
import dev.interop.klarna.application.port.in.DeliverNotificationsUseCase.Report;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.klarna.application.port.out.NotificationSender.OutgoingNotification;
import dev.interop.klarna.application.port.out.NotificationSender.Result;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.klarna.application.service.DeliverNotificationsService;
import dev.interop.klarna.application.service.OutboxPaymentRequestNotifier;
import dev.interop.klarna.domain.notification.DeliverySchedule;
import dev.interop.klarna.domain.notification.DeliveryStatus;
import dev.interop.klarna.domain.notification.EventTypes;
import dev.interop.klarna.domain.notification.NotificationEnvelope;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.application.system.ManualClock;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.testkit.net.Fault;
import dev.interop.testkit.net.FaultInjectingProxy;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Klarna's sender and the Acquiring Partner's endpoint over real HTTP, with a fault-injecting proxy between them: a
 * duplicate delivery reaches the handler with the same event id both times (the inbox deduplicates), a tampered body
 * or a forged signature acts on nothing, and the outbox retries until an untampered attempt gets through.
 */
class NotificationsOverTheWireTest {

    private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");
    private static final String KEY_ID = SigningKey.ID_PREFIX + "k1";
    private static final String SECRET = SigningKey.SECRET_PREFIX + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    private static final String ACCOUNT = "krn:partner:global:account:test:ABC123";
    private static final InteroperabilityToken TOKEN = InteroperabilityToken.of(
            "krn:network:eu1:test:session-token:fresh-123");

    private final ManualClock clock = new ManualClock(NOW);
    private final RecordingHandler handler = new RecordingHandler();
    private final InMemoryNotificationKeys keys = new InMemoryNotificationKeys().put(KEY_ID, SECRET);
    private final HttpNotificationSender sender = new HttpNotificationSender(Duration.ofSeconds(2),
            Duration.ofSeconds(5));
    private TestServer acquirer;
    private FaultInjectingProxy network;

    @BeforeEach
    void start() {
        acquirer = TestServer.start(new KlarnaNotificationController(handler, keys, clock));
        network = FaultInjectingProxy.start(URI.create("http://127.0.0.1:" + acquirer.port()));
    }

    @AfterEach
    void stop() {
        network.close();
        acquirer.close();
    }

    private String webhookUrl() {
        return network.uri(KlarnaNotificationController.PATH).toString();
    }

    private static byte[] envelope(String eventId) {
        return new NotificationEnvelope(eventId, NOW.minusSeconds(1), ACCOUNT,
                NotificationEnvelope.RECIPIENT_ACCOUNT_ID, Webhook.ID_PREFIX + "w1", "krn:payment:eu1:request:r1",
                Option.of("pay_1"), PaymentRequestStateKind.COMPLETED, Option.of(PaymentRequestStateKind.IN_PROGRESS),
                Option.none(), Option.of(TOKEN)).toJson().getBytes(StandardCharsets.UTF_8);
    }

    private Result send(String eventId) {
        return sender.send(new OutgoingNotification(webhookUrl(), KEY_ID, SECRET, envelope(eventId), eventId));
    }

    @Test
    void a_signed_notification_gets_through_and_is_handled_once() {
        assertThat(send("e-pass")).isEqualTo(Result.delivered(204));

        assertThat(handler.commands()).hasSize(1);
        assertThat(handler.commands().get(0).eventId()).contains("e-pass");
        assertThat(handler.commands().get(0).account()).isEqualTo(PartnerAccountId.of(ACCOUNT));
        assertThat(handler.commands().get(0).state()).isEqualTo(PaymentRequestState.COMPLETED);
        assertThat(handler.commands().get(0).token()).contains(TOKEN);
    }

    @Test
    void a_delivery_duplicated_by_the_network_reaches_the_handler_twice_with_one_event_id() {
        network.script(Fault.FORWARD_TWICE);

        assertThat(send("e-twice")).isEqualTo(Result.delivered(204));

        assertThat(network.exchanges()).hasSize(1);
        assertThat(network.forwardedCount()).isEqualTo(2);
        assertThat(handler.commands()).hasSize(2)
                .allSatisfy(command -> assertThat(command.eventId()).contains("e-twice"));
    }

    @Test
    void a_body_tampered_on_the_way_is_refused_and_acts_on_nothing() {
        network.script(Fault.mutateRequest(request -> request.withBody(request.bodyText()
                .replace("\"state\":\"COMPLETED\"", "\"state\":\"DECLINED\"")
                .replace("state-change.completed", "state-change.declined"))));

        assertThat(send("e-tampered")).isEqualTo(Result.failed("HTTP 401"));

        assertThat(handler.commands()).isEmpty();
    }

    @Test
    void a_forged_or_stripped_signature_is_refused_and_acts_on_nothing() {
        network.script(
                Fault.mutateRequest(request -> request.withHeader(KlarnaSignature.SIGNATURE_HEADER,
                        KlarnaSignature.sign("a guessed secret", request.body()))),
                Fault.mutateRequest(request -> request.withoutHeader(KlarnaSignature.SIGNATURE_HEADER)),
                Fault.mutateRequest(request -> request.withHeader(KlarnaSignature.KEY_ID_HEADER,
                        SigningKey.ID_PREFIX + "someone-else")));

        assertThat(send("e-forged")).isEqualTo(Result.failed("HTTP 401"));
        assertThat(send("e-stripped")).isEqualTo(Result.failed("HTTP 401"));
        assertThat(send("e-other-key")).isEqualTo(Result.failed("HTTP 401"));

        assertThat(handler.commands()).isEmpty();
    }

    @Test
    void the_outbox_retries_a_tampered_notification_until_an_intact_attempt_is_handled() {
        KlarnaStorage klarna = InMemoryKlarnaStorage.create();
        Webhook webhook = Webhook.register(UUID.randomUUID().toString(), webhookUrl(),
                List.of(EventTypes.STATE_CHANGE_WILDCARD), "v2", WebhookStatus.ENABLED,
                SigningKey.of("k1", SECRET, NOW), NOW).get();
        klarna.webhooks().save(webhook);
        OutboxPaymentRequestNotifier notifier = new OutboxPaymentRequestNotifier(klarna.webhooks(),
                klarna.notificationOutbox(), klarna.paymentRequests(), () -> UUID.randomUUID().toString());
        DeliverNotificationsService delivery = new DeliverNotificationsService(klarna.notificationOutbox(),
                klarna.webhooks(), sender, clock, DeliverySchedule.STANDARD, Duration.ofMinutes(2),
                Duration.ofSeconds(10));
        klarna.unitOfWork().inTransaction(() -> {
            notifier.stateChanged(new PaymentRequestStateChanged(PartnerAccountId.of(ACCOUNT),
                    "krn:payment:eu1:request:r1", PaymentRequestStateKind.COMPLETED, Option.of(TOKEN), NOW));
            return null;
        });
        network.script(Fault.mutateRequest(request -> request.withBody(request.bodyText().replace("fresh-123",
                "stolen-456"))));

        assertThat(delivery.deliver(new DeliverNotificationsCommand(10)).get()).isEqualTo(new Report(1, 0, 1, 0, 0, 0));
        assertThat(handler.commands()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.deliver(new DeliverNotificationsCommand(10)).get()).isEqualTo(new Report(1, 1, 0, 0, 0, 0));

        assertThat(handler.commands()).hasSize(1);
        assertThat(handler.commands().get(0).token()).contains(TOKEN);
        var delivered = klarna.notificationOutbox().findByWebhook(webhook.id()).single();
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(handler.commands().get(0).eventId()).contains(delivered.eventId());
    }
}
