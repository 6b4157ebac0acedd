package dev.interop.adapters.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.inmemory.InMemoryNotificationKeys;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.notifications.KlarnaSignature;
import dev.interop.adapters.http.notifications.RecordingHandler;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.klarna.domain.notification.NotificationEnvelope;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.application.port.StorageUnavailableException;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.system.ManualClock;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /klarna/v1/notifications} over real HTTP (R18); one server, its collaborators reset per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KlarnaNotificationControllerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");
    private static final String KEY_ID = "krn:partner:global:notification:signing-key:k1";
    private static final String SECRET = "klarna_whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    private static final String ACCOUNT = "krn:partner:global:account:test:ABC123";
    private static final String REQUEST = "krn:payment:eu1:request:r-1";
    private static final InteroperabilityToken TOKEN = InteroperabilityToken.of(
            "krn:network:eu1:test:session-token:fresh-123");
    private static final String PATH = KlarnaNotificationController.PATH;

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryNotificationKeys keys = new InMemoryNotificationKeys();
    private final RecordingHandler handler = new RecordingHandler();
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(new KlarnaNotificationController(handler, keys, clock));
    }

    @BeforeEach
    void reset() {
        clock.set(NOW);
        handler.reset();
        keys.remove("krn:partner:global:notification:signing-key:k2");
        keys.put(KEY_ID, SECRET);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static String body(String eventId, PaymentRequestStateKind state, Instant occurredAt) {
        return new NotificationEnvelope(eventId, occurredAt, ACCOUNT, NotificationEnvelope.RECIPIENT_ACCOUNT_ID,
                "krn:partner:global:notification:webhook:w1", REQUEST, Option.of("pay_1"), state,
                Option.of(PaymentRequestStateKind.IN_PROGRESS), Option.none(),
                state == PaymentRequestStateKind.COMPLETED ? Option.of(TOKEN) : Option.none()).toJson();
    }

    private static String completed(String eventId) {
        return body(eventId, PaymentRequestStateKind.COMPLETED, NOW.minusSeconds(2));
    }

    private static String sign(String secret, String body) {
        return KlarnaSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    private TestResponse post(String body) {
        return post(body, KEY_ID, sign(SECRET, body));
    }

    private TestResponse post(String body, String keyId, String signature) {
        return server.post(PATH, body, KlarnaSignature.KEY_ID_HEADER, keyId, KlarnaSignature.SIGNATURE_HEADER,
                signature);
    }

    private static void assertProblem(TestResponse response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }

    @Test
    void a_signed_fresh_notification_is_handled_once_with_its_event_id() {
        TestResponse response = post(completed("event-1"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(handler.commands()).containsExactly(new HandlePaymentRequestUpdateCommand(
                PartnerAccountId.of(ACCOUNT), REQUEST, PaymentRequestState.COMPLETED, Option.of(TOKEN),
                NOW.minusSeconds(2), Option.of("event-1")));
    }

    @Test
    void the_same_event_twice_reaches_the_handler_with_the_same_event_id_for_it_to_deduplicate() {
        String body = completed("event-twice");

        assertThat(post(body).status()).isEqualTo(204);
        assertThat(post(body).status()).isEqualTo(204);

        assertThat(handler.commands()).hasSize(2)
                .allSatisfy(command -> assertThat(command.eventId()).contains("event-twice"));
    }

    @Test
    void a_notification_without_a_token_state_is_passed_without_one() {
        String body = body("event-2", PaymentRequestStateKind.DECLINED, NOW.minusSeconds(1));

        assertThat(post(body).status()).isEqualTo(204);

        assertThat(handler.commands().get(0).state()).isEqualTo(PaymentRequestState.DECLINED);
        assertThat(handler.commands().get(0).token().isEmpty()).isTrue();
    }

    @Test
    void a_forged_signature_is_401_and_acts_on_nothing() {
        String body = completed("event-forged");

        assertProblem(post(body, KEY_ID, sign(SECRET + "-guess", body)), 401,
                KlarnaNotificationController.INVALID_SIGNATURE);
        assertProblem(post(body.replace("COMPLETED", "DECLINED"), KEY_ID, sign(SECRET, body)), 401,
                KlarnaNotificationController.INVALID_SIGNATURE);
        assertProblem(post(body, KEY_ID, sign(SECRET, body).toUpperCase()), 401,
                KlarnaNotificationController.INVALID_SIGNATURE);

        assertThat(handler.commands()).isEmpty();
    }

    @Test
    void an_unsigned_notification_is_401_with_a_challenge() {
        String body = completed("event-unsigned");

        TestResponse unsigned = server.post(PATH, body);
        assertProblem(unsigned, 401, KlarnaNotificationController.INVALID_SIGNATURE);
        assertThat(unsigned.header("WWW-Authenticate")).isPresent();
        assertProblem(server.post(PATH, body, KlarnaSignature.KEY_ID_HEADER, KEY_ID), 401,
                KlarnaNotificationController.INVALID_SIGNATURE);
        assertProblem(server.post(PATH, body, KlarnaSignature.SIGNATURE_HEADER, sign(SECRET, body)), 401,
                KlarnaNotificationController.INVALID_SIGNATURE);

        assertThat(handler.commands()).isEmpty();
    }

    @Test
    void an_unknown_or_dropped_key_id_is_401() {
        String body = completed("event-unknown-key");

        assertProblem(post(body, KEY_ID + "-other", sign(SECRET, body)), 401,
                KlarnaNotificationController.INVALID_SIGNATURE);
        keys.remove(KEY_ID);
        assertProblem(post(body), 401, KlarnaNotificationController.INVALID_SIGNATURE);

        assertThat(handler.commands()).isEmpty();
    }

    @Test
    void both_keys_of_a_rotation_verify_until_the_old_one_is_dropped() {
        String newKey = "krn:partner:global:notification:signing-key:k2";
        String newSecret = "klarna_whsec_ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut";
        keys.put(newKey, newSecret);
        String first = completed("event-old-key");
        String second = completed("event-new-key");

        assertThat(post(first, KEY_ID, sign(SECRET, first)).status()).isEqualTo(204);
        assertThat(post(second, newKey, sign(newSecret, second)).status()).isEqualTo(204);
        assertProblem(post(second, newKey, sign(SECRET, second)), 401, KlarnaNotificationController.INVALID_SIGNATURE);

        assertThat(handler.commands()).hasSize(2);
    }

    @Test
    void a_notification_older_than_thirteen_hours_is_stale() {
        String stale = body("event-stale", PaymentRequestStateKind.COMPLETED,
                NOW.minus(Duration.ofHours(13)).minusSeconds(1));
        String old = body("event-old", PaymentRequestStateKind.COMPLETED,
                NOW.minus(Duration.ofHours(13)).plusSeconds(1));

        assertProblem(post(stale), 400, KlarnaNotificationController.STALE_NOTIFICATION);
        assertThat(handler.commands()).isEmpty();
        assertThat(post(old).status()).isEqualTo(204);
        assertThat(handler.commands()).hasSize(1);
    }

    @Test
    void a_notification_more_than_five_minutes_ahead_is_stale() {
        String future = body("event-future", PaymentRequestStateKind.COMPLETED,
                NOW.plus(Duration.ofMinutes(5)).plusSeconds(1));
        String skewed = body("event-skewed", PaymentRequestStateKind.COMPLETED, NOW.plus(Duration.ofMinutes(4)));

        assertProblem(post(future), 400, KlarnaNotificationController.STALE_NOTIFICATION);
        assertThat(handler.commands()).isEmpty();
        assertThat(post(skewed).status()).isEqualTo(204);
    }

    @Test
    void a_malformed_envelope_is_400_and_acts_on_nothing() {
        String notJson = "{\"metadata\": ";
        String noEventId = completed("event-x").replace("\"event_id\":\"event-x\",", "");
        String wrongState = completed("event-y").replace("\"state\":\"COMPLETED\"", "\"state\":\"DECLINED\"");
        String noToken = completed("event-z").replaceAll(",\"klarna_network_session_token\":\"[^\"]*\"", "");
        String badTime = completed("event-t").replaceAll("\"occurred_at\":\"[^\"]*\"", "\"occurred_at\":\"yesterday\"");
        String badState = completed("event-s").replace("\"state\":\"COMPLETED\"", "\"state\":\"DONE\"");

        assertThat(post(notJson).status()).isEqualTo(400);
        assertProblem(post(noEventId), 400, "INVALID_FIELD");
        assertProblem(post(wrongState), 400, "INVALID_FIELD");
        assertProblem(post(noToken), 400, "INVALID_FIELD");
        assertProblem(post(badTime), 400, "INVALID_FIELD");
        assertProblem(post(badState), 400, "INVALID_FIELD");
        assertThat(post(noEventId).json().path("errors").get(0).path("pointer").asText())
                .isEqualTo("/metadata/event_id");

        assertThat(handler.commands()).isEmpty();
    }

    @Test
    void an_event_type_it_does_not_act_on_is_acknowledged_and_ignored() {
        String other = completed("event-other").replace("payment.request.state-change.completed",
                "payment.transaction.captured");

        assertThat(post(other).status()).isEqualTo(204);

        assertThat(handler.commands()).isEmpty();
    }

    @Test
    void a_conflict_in_the_handler_is_503_so_klarna_retries() {
        handler.answering(command -> Either.left(new UseCaseError.Conflict("CONCURRENT_UPDATE", "raced")));

        TestResponse response = post(completed("event-conflict"));

        assertProblem(response, 503, KlarnaNotificationController.NOTIFICATION_CONFLICT);
        assertThat(response.header("Retry-After")).contains("1");
    }

    @Test
    void a_storage_failure_in_the_handler_is_503_so_klarna_retries() {
        handler.answering(command -> {
            throw new StorageUnavailableException("database down", new RuntimeException());
        });

        assertProblem(post(completed("event-storage")), 503, "STORAGE_UNAVAILABLE");
    }
}
