package dev.interop.adapters.http.klarna;

import static dev.interop.adapters.http.klarna.SandboxKlarna.RETURN_URL;
import static dev.interop.adapters.http.klarna.SandboxKlarna.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationCall;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.OnboardingAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.OnboardingCall;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PaymentRequestStatus;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationQuery;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.KlarnaUnreachableException;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.KlarnaErrorCode;
import dev.interop.shared.network.KlarnaInteroperabilityStatus;
import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.shared.network.KlarnaSessionOrigin;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@link KlarnaHttpClient} against a scripted stand-in for Klarna: the requests it sends and how it reads the exact
 * answers of {@code docs/klarna-wire.md}, independently of the sandbox.
 */
class KlarnaHttpClientTest {

    private static final String KEY = "klarna-test-key-0123456789";
    private static final PartnerAccountId ACCOUNT = PartnerAccountId.of("krn:partner:global:account:test:AB12CD34");
    private static final InteroperabilityToken TOKEN =
            InteroperabilityToken.of("krn:network:eu1:test:session-token:s3cr3t-t0ken-value");
    private static final String TRANSACTION = "krn:payment:eu1:transaction:6b2d0d1e";
    private static final String REQUEST = "krn:payment:eu1:request:9f1c2a33";
    private static final String APPROVED = """
            {"payment_transaction_response": {"result": "APPROVED", "result_reason": null,
               "payment_transaction": {"payment_transaction_id": "%s",
                                       "payment_transaction_reference": "order-1", "amount": 12000,
                                       "currency": "EUR"}}}""".formatted(TRANSACTION);

    private final ObjectMapper json = new ObjectMapper();
    private final StubKlarna stub = StubKlarna.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        stub.close();
    }

    private KlarnaHttpClient client(int maxAttempts) {
        return new KlarnaHttpClient(KlarnaClientSettings.of(stub.baseUrl(), KEY)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500))
                .withRetries(maxAttempts, Duration.ofMillis(100)), new Random(42), sleeper);
    }

    private KlarnaHttpClient client() {
        return client(1);
    }

    private static AuthorizationCall authorization(Option<InteroperabilityToken> token, Option<String> returnUrl) {
        return new AuthorizationCall(ACCOUNT, token, eur(12_000), "order-1",
                Option.some(KlarnaNetworkGatewayContract.DATA), returnUrl, "auth-key-1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---- authorize

    @Test
    void authorize_sends_the_body_and_headers_of_the_wire_contract() throws Exception {
        stub.reply(200, APPROVED);

        AuthorizationAnswer answer = client().authorize(authorization(Option.some(TOKEN), Option.some(RETURN_URL)));

        assertThat(answer).isEqualTo(new AuthorizationAnswer.Approved(TRANSACTION));
        StubKlarna.Received request = stub.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/klarna/v2/accounts/" + ACCOUNT.value() + "/payment/authorize");
        assertThat(request.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                ("acquirer:" + KEY).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("Klarna-Idempotency-Key")).isEqualTo("auth-key-1");
        assertThat(request.header("Klarna-Network-Session-Token")).isEqualTo(TOKEN.reveal());
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = json.readTree(request.body());
        assertThat(body).isEqualTo(json.readTree("""
                {"currency": "EUR",
                 "request_payment_transaction": {"amount": 12000, "payment_transaction_reference": "order-1"},
                 "step_up_config": {"payment_request_reference": "order-1",
                                    "customer_interaction_config": {"method": "HANDOVER",
                                                                    "return_url": "https://shop.example/return"}},
                 "interoperability_data": %s}""".formatted(
                json.writeValueAsString(KlarnaNetworkGatewayContract.DATA.raw()))));
        assertThat(fieldNames(body)).containsExactly("currency", "request_payment_transaction", "step_up_config",
                "interoperability_data");
        assertThat(body.get("interoperability_data").textValue()).isEqualTo(KlarnaNetworkGatewayContract.DATA.raw());
        assertThat(request.body().chars().allMatch(c -> c < 0x80)).as("ASCII only").isTrue();
    }

    @Test
    void authorize_without_a_return_url_token_or_data_sends_none_of_them() throws Exception {
        stub.reply(200, APPROVED);

        client().authorize(new AuthorizationCall(ACCOUNT, Option.none(), eur(12_000), "order-1", Option.none(),
                Option.none(), "auth-key-1"));

        StubKlarna.Received request = stub.only();
        assertThat(fieldNames(json.readTree(request.body()))).containsExactly("currency",
                "request_payment_transaction");
        assertThat(request.header("Klarna-Network-Session-Token")).isNull();
    }

    @Test
    void authorize_reads_a_decline_and_a_step_up() {
        stub.reply(200, """
                {"payment_transaction_response": {"result": "DECLINED", "result_reason": "CUSTOMER_DECLINED"}}""")
                .reply(200, """
                {"payment_transaction_response": {"result": "STEP_UP_REQUIRED", "result_reason": null},
                 "payment_request": {"payment_request_id": "%s", "state": "SUBMITTED",
                   "expires_at": "2026-12-04T20:00:00Z",
                   "state_context": {"customer_interaction": {"method": "HANDOVER", "payment_request_id": "%s",
                                     "payment_request_url": "https://pay.example/%s"}}}}"""
                        .formatted(REQUEST, REQUEST, REQUEST));

        KlarnaHttpClient client = client();
        AuthorizationCall call = authorization(Option.some(TOKEN), Option.some(RETURN_URL));

        assertThat(client.authorize(call)).isEqualTo(new AuthorizationAnswer.Declined("CUSTOMER_DECLINED"));
        assertThat(client.authorize(call)).isEqualTo(new AuthorizationAnswer.StepUpRequired(REQUEST,
                "https://pay.example/" + REQUEST));
    }

    @Test
    void an_answer_the_client_cannot_read_is_unknown_and_not_retried() {
        stub.reply(200, "{\"payment_transaction_response\": {\"result\": \"APPROVED\"}}");

        assertThatThrownBy(() -> client(3).authorize(authorization(Option.some(TOKEN), Option.none())))
                .isInstanceOf(KlarnaUnavailableException.class)
                .isNotInstanceOf(KlarnaUnreachableException.class);
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void a_key_that_is_not_visible_ascii_is_sent_as_its_hash_on_every_attempt() {
        stub.reply(503, "{}").reply(200, APPROVED);

        client(2).authorize(new AuthorizationCall(ACCOUNT, Option.none(), eur(12_000), "order-1", Option.none(),
                Option.none(), "schlüssel mit leerzeichen"));

        assertThat(stub.received()).extracting(request -> request.header("Klarna-Idempotency-Key"))
                .hasSize(2).containsOnly(KlarnaHttpClient.idempotencyKey("schlüssel mit leerzeichen"))
                .allSatisfy(key -> assertThat(key).startsWith("sha256:").hasSize(7 + 64));
    }

    // ---- Klarna's errors

    @Test
    void klarna_s_error_code_message_and_parameter_make_the_rejection() {
        stub.reply(400, """
                {"error_id": "e-1", "error_type": "INPUT_ERROR", "error_code": "INVALID_AMOUNT",
                 "error_message": "The amount must be positive.",
                 "validation_errors": [{"parameter": "request_payment_transaction.amount", "reason": "positive"}]}""");

        AuthorizationAnswer answer = client(3).authorize(authorization(Option.some(TOKEN), Option.none()));

        assertThat(answer).isEqualTo(new AuthorizationAnswer.Refused(new Rejection(KlarnaErrorCode.of("INVALID_AMOUNT"),
                "The amount must be positive.", Option.some("request_payment_transaction.amount"))));
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void a_problem_s_code_detail_and_pointer_make_the_rejection() {
        stub.reply(409, """
                {"type": "urn:interop:problem:token-consumed", "title": "Conflict", "status": 409,
                 "detail": "The token was used.", "code": "TOKEN_CONSUMED",
                 "errors": [{"pointer": "/interoperability_token", "reason": "consumed"}]}""");

        AuthorizationAnswer answer = client().authorize(authorization(Option.some(TOKEN), Option.none()));

        assertThat(answer).isEqualTo(new AuthorizationAnswer.Refused(new Rejection(KlarnaErrorCode.of("TOKEN_CONSUMED"),
                "The token was used.", Option.some("interoperability_token"))));
    }

    @Test
    void an_error_code_the_client_does_not_know_is_refused_as_not_allowed_with_klarna_s_message() {
        stub.reply(403, """
                {"error_type": "ACCESS_ERROR", "error_code": "NOT_ENTITLED", "error_message": "Not for you."}""");

        PresentationAnswer answer = client().presentation(new PresentationQuery(ACCOUNT, eur(100), Option.none(),
                Option.none()));

        assertThat(answer).isEqualTo(new PresentationAnswer.Refused(Rejection.of(KlarnaErrorCode.ACTION_NOT_ALLOWED,
                "Not for you.")));
    }

    // ---- presentation

    @Test
    void presentation_asks_with_the_query_and_the_token_in_its_header_and_reads_the_session() {
        stub.reply(200, """
                {"instruction": "PRESELECT_KLARNA", "sandbox": {"customer_session": {"origin": "ON_SITE_MESSAGING",
                 "interoperability_status": "PAYMENT_SUPPORTED"}}}""");

        PresentationAnswer answer = client().presentation(new PresentationQuery(ACCOUNT, eur(12_000),
                Option.some("de-DE"), Option.some(TOKEN)));

        assertThat(answer).isEqualTo(new PresentationAnswer.Instructed(PresentationInstruction.PRESELECT_KLARNA,
                Option.some(KlarnaSessionHint.of(KlarnaSessionOrigin.ON_SITE_MESSAGING,
                        KlarnaInteroperabilityStatus.PAYMENT_SUPPORTED))));
        StubKlarna.Received request = stub.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/klarna/v2/accounts/" + ACCOUNT.value()
                + "/payment/presentation?amount=12000&currency=EUR&locale=de-DE");
        assertThat(request.header("Klarna-Network-Session-Token")).isEqualTo(TOKEN.reveal());
        assertThat(request.header("Klarna-Idempotency-Key")).isNull();
    }

    @Test
    void presentation_without_a_session_or_with_one_the_client_does_not_know_has_no_hint() {
        stub.reply(200, "{\"instruction\": \"SHOW_KLARNA\"}")
                .reply(200, "{\"instruction\": \"SHOW_KLARNA\", \"sandbox\": {\"customer_session\": "
                        + "{\"origin\": \"TELEPATHY\", \"interoperability_status\": \"PAYMENT_SUPPORTED\"}}}");
        PresentationQuery query = new PresentationQuery(ACCOUNT, eur(100), Option.none(), Option.none());
        KlarnaHttpClient client = client();

        assertThat(client.presentation(query)).isEqualTo(new PresentationAnswer.Instructed(
                PresentationInstruction.SHOW_KLARNA, Option.none()));
        assertThat(client.presentation(query)).isEqualTo(new PresentationAnswer.Instructed(
                PresentationInstruction.SHOW_KLARNA, Option.none()));
    }

    @Test
    void a_token_that_cannot_travel_in_a_header_is_refused_without_sending() {
        InteroperabilityToken broken = InteroperabilityToken.of("line\r\nX-Injected: 1");

        PresentationAnswer answer = client().presentation(new PresentationQuery(ACCOUNT, eur(100), Option.none(),
                Option.some(broken)));

        assertThat(answer).isInstanceOfSatisfying(PresentationAnswer.Refused.class, refused ->
                assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("TOKEN_UNKNOWN")));
        assertThat(stub.received()).isEmpty();
    }

    // ---- onboarding

    @Test
    void onboarding_posts_the_partner_with_a_key_derived_from_its_reference() throws Exception {
        stub.reply(201, """
                {"partner_account_id": "krn:partner:global:account:test:XY98", "client_id": "klarna_test_client_1",
                 "partner_account_reference": "ptr_1", "name": "Shop", "integration_type": "HOSTED_CHECKOUT",
                 "dynamic_shipping": false, "created_at": "2026-12-04T20:00:00Z"}""");

        OnboardingAnswer answer = client().onboardPartner(new OnboardingCall("ptr_1", "Shop",
                IntegrationType.HOSTED_CHECKOUT, false));

        assertThat(answer).isEqualTo(new OnboardingAnswer.Onboarded(
                PartnerAccountId.of("krn:partner:global:account:test:XY98"),
                new KlarnaClientId("klarna_test_client_1")));
        StubKlarna.Received request = stub.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/klarna/v2/partner/accounts");
        assertThat(request.header("Klarna-Idempotency-Key")).isEqualTo("onboard:ptr_1");
        assertThat(json.readTree(request.body())).isEqualTo(json.readTree("""
                {"partner_account_reference": "ptr_1", "name": "Shop", "integration_type": "HOSTED_CHECKOUT",
                 "dynamic_shipping": false}"""));
    }

    // ---- payment requests

    @Test
    void reading_a_request_gives_its_state_and_its_fresh_token() {
        stub.reply(200, """
                {"payment_request_id": "%s", "state": "COMPLETED", "previous_state": "IN_PROGRESS", "amount": 12000,
                 "currency": "EUR", "state_context": {"klarna_network_session_token": "%s"}}"""
                .formatted(REQUEST, TOKEN.reveal()));

        Option<PaymentRequestStatus> status = client().readPaymentRequest(ACCOUNT, REQUEST);

        assertThat(status).containsExactly(new PaymentRequestStatus(REQUEST, PaymentRequestState.COMPLETED,
                Option.some(TOKEN)));
        StubKlarna.Received request = stub.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/klarna/v2/accounts/" + ACCOUNT.value() + "/payment/requests/"
                + REQUEST);
    }

    @Test
    void reading_an_unknown_request_gives_none_and_an_unknown_state_is_unreadable() {
        stub.reply(404, "{\"error_code\": \"NOT_FOUND\", \"error_message\": \"No such request.\"}")
                .reply(200, "{\"payment_request_id\": \"" + REQUEST + "\", \"state\": \"LEVITATING\"}");
        KlarnaHttpClient client = client();

        assertThat(client.readPaymentRequest(ACCOUNT, REQUEST)).isEmpty();
        assertThatThrownBy(() -> client.readPaymentRequest(ACCOUNT, REQUEST))
                .isInstanceOf(KlarnaUnavailableException.class);
    }

    @Test
    void canceling_counts_a_final_or_unknown_request_as_done() {
        stub.reply(200, "{\"payment_request_id\": \"" + REQUEST + "\", \"state\": \"CANCELED\"}")
                .reply(409, "{\"error_code\": \"PAYMENT_REQUEST_FINAL\", \"error_message\": \"Already final.\"}")
                .reply(404, "{\"error_code\": \"NOT_FOUND\", \"error_message\": \"No such request.\"}");
        KlarnaHttpClient client = client(3);

        client.cancelPaymentRequest(ACCOUNT, REQUEST);
        client.cancelPaymentRequest(ACCOUNT, REQUEST);
        client.cancelPaymentRequest(ACCOUNT, REQUEST);

        assertThat(stub.received()).hasSize(3).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.body()).isEmpty();
            assertThat(request.header("Klarna-Idempotency-Key")).isNull();
        });
    }

    @Test
    void path_segments_are_percent_encoded() {
        assertThat(KlarnaHttpClient.segment("krn:payment:eu1:request:a.b-c_d~e")).isEqualTo(
                "krn:payment:eu1:request:a.b-c_d~e");
        assertThat(KlarnaHttpClient.segment("a/b?c#d e")).isEqualTo("a%2Fb%3Fc%23d%20e");
        assertThat(KlarnaHttpClient.segment("..")).isEqualTo("%2E%2E");
    }

    // ---- transport

    @Test
    void redirects_are_never_followed() {
        stub.reply(new StubKlarna.Reply(302, null, Map.of("Location", "/klarna/elsewhere")));

        assertThatThrownBy(() -> client(2).readPaymentRequest(ACCOUNT, REQUEST))
                .isInstanceOf(KlarnaUnavailableException.class);
        assertThat(stub.received()).hasSize(2)
                .allSatisfy(request -> assertThat(request.target()).doesNotContain("elsewhere"));
    }

    @Test
    void retries_pause_a_jittered_doubling_backoff_drawn_from_the_given_source() {
        stub.reply(503, "{\"error_type\": \"TECHNICAL_ERROR\"}");

        assertThatThrownBy(() -> client(4).readPaymentRequest(ACCOUNT, REQUEST))
                .isInstanceOf(KlarnaUnavailableException.class).hasMessageContaining("4 of 4 attempts");

        List<Duration> pauses = sleeper.pauses();
        assertThat(pauses).hasSize(3);
        assertThat(pauses.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(pauses.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(pauses.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        RecordingSleeper again = new RecordingSleeper();
        KlarnaHttpClient sameSeed = new KlarnaHttpClient(client(4).settings(), new Random(42), again);
        assertThatThrownBy(() -> sameSeed.readPaymentRequest(ACCOUNT, REQUEST))
                .isInstanceOf(KlarnaUnavailableException.class);
        assertThat(again.pauses()).isEqualTo(pauses);
    }

    @Test
    void logs_never_show_the_token_or_the_key() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            stub.reply(503, "{}").reply(409, "{\"error_code\": \"TOKEN_CONSUMED\", \"error_message\": \"used\"}")
                    .reply(200, APPROVED).reply(200, "{\"payment_request_id\": \"" + REQUEST + "\", \"state\": "
                            + "\"COMPLETED\", \"state_context\": {\"klarna_network_session_token\": \"" + TOKEN.reveal()
                            + "\"}}");
            KlarnaHttpClient client = client(3);
            client.authorize(authorization(Option.some(TOKEN), Option.some(RETURN_URL)));
            client.authorize(authorization(Option.some(TOKEN), Option.some(RETURN_URL)));
            client.readPaymentRequest(ACCOUNT, REQUEST);
            KlarnaHttpClient nowhere = new KlarnaHttpClient(KlarnaClientSettings.of(URI.create("http://127.0.0.1:1"),
                    KEY).withRetries(2, Duration.ZERO), new Random(1), sleeper);
            assertThatThrownBy(() -> nowhere.presentation(new PresentationQuery(ACCOUNT, eur(1), Option.none(),
                    Option.some(TOKEN)))).isInstanceOf(KlarnaUnreachableException.class);
        } finally {
            root.detachAppender(logs);
        }
        StringBuilder everything = new StringBuilder();
        for (ILoggingEvent event : logs.list) {
            everything.append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                everything.append(t.getMessage()).append('\n');
            }
        }
        assertThat(everything.toString()).contains("authorize").doesNotContain(TOKEN.reveal()).doesNotContain(KEY)
                .doesNotContain(Base64.getEncoder().encodeToString(("acquirer:" + KEY)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    // ---- settings

    @Test
    void settings_have_sane_defaults_and_never_show_the_key() {
        KlarnaClientSettings settings = KlarnaClientSettings.of(URI.create("http://127.0.0.1:8081/sandbox/klarna/"),
                KEY);

        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8081/sandbox/klarna"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.toString()).doesNotContain(KEY);
    }

    @Test
    void settings_refuse_what_cannot_work() {
        URI base = URI.create("https://api-global.test.klarna.com");
        assertThatThrownBy(() -> KlarnaClientSettings.of(URI.create("https://acquirer:pw@klarna.example"), KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
        assertThatThrownBy(() -> KlarnaClientSettings.of(URI.create("ftp://klarna.example"), KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KlarnaClientSettings.of(base, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KlarnaClientSettings.of(base, KEY).withRetries(0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KlarnaClientSettings.of(base, KEY).withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
