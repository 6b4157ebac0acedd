package dev.interop.adapters.http.klarna;

import static dev.interop.adapters.http.klarna.SandboxKlarna.RETURN_URL;
import static dev.interop.adapters.http.klarna.SandboxKlarna.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationCall;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PaymentRequestStatus;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationQuery;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.KlarnaUnreachableException;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.klarna.application.port.in.OnboardPartnerCommand;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaErrorCode;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.testkit.net.Exchange;
import dev.interop.testkit.net.Fault;
import dev.interop.testkit.net.FaultInjectingProxy;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link KlarnaHttpClient} against the real sandbox server through {@link FaultInjectingProxy}: which failures are
 * retried, which outcome each failure leaves (answered, unreachable, unknown), and that an authorization retried
 * with its idempotency key never makes a second transaction at Klarna. Timeouts are 300 ms and the client's pauses
 * are recorded, not slept, so the suite stays fast.
 */
class KlarnaHttpClientFaultTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final Duration PAST_THE_TIMEOUT = Duration.ofMillis(1_000);
    private static final String AUTHORIZE = ".*/payment/authorize";

    private static boolean warm;

    private final SandboxKlarna klarna = new SandboxKlarna();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private TestServer server;
    private FaultInjectingProxy proxy;
    private PartnerAccount shop;

    @BeforeEach
    void start() {
        server = klarna.startServer();
        proxy = FaultInjectingProxy.start(server.uri(""));
        shop = klarna.side.onboardPartner().onboard(new OnboardPartnerCommand("ptr_" + UUID.randomUUID(), "Shop",
                IntegrationType.SERVER_SIDE_ONLY, true)).get();
        warmUp();
    }

    /**
     * Runs the sandbox's authorize and presentation code once with patient timeouts and no side effect, so a cold JVM
     * does not make the first measured call outlast the tests' 300 ms timeout; then forgets those exchanges. Once per
     * JVM: the code is warm for every later server.
     */
    private void warmUp() {
        if (warm) {
            return;
        }
        warm = true;
        KlarnaHttpClient patient = new KlarnaHttpClient(KlarnaClientSettings.of(proxy.uri("/sandbox/klarna"),
                klarna.apiKey).withRetries(1, Duration.ZERO));
        patient.presentation(new PresentationQuery(shop.id(), eur(100), Option.none(), Option.none()));
        patient.authorize(new AuthorizationCall(shop.id(), Option.none(), eur(0), "warm-up", Option.none(),
                Option.none(), "warm-up-" + UUID.randomUUID()));
        proxy.clear();
    }

    @AfterEach
    void stop() {
        proxy.close();
        server.close();
    }

    private KlarnaHttpClient client(int maxAttempts) {
        return client(proxy.uri("/sandbox/klarna"), maxAttempts);
    }

    private KlarnaHttpClient client(URI baseUrl, int maxAttempts) {
        return new KlarnaHttpClient(KlarnaClientSettings.of(baseUrl, klarna.apiKey)
                .withTimeouts(TIMEOUT, TIMEOUT).withRetries(maxAttempts, Duration.ofMillis(20)),
                new Random(7), sleeper);
    }

    private AuthorizationCall authorization(InteroperabilityToken token, String key) {
        return new AuthorizationCall(shop.id(), Option.some(token), eur(12_000), "order-1",
                Option.some(KlarnaNetworkGatewayContract.DATA), Option.some(RETURN_URL), key);
    }

    private AuthorizationCall authorization() {
        return authorization(klarna.prequalified(shop.clientId(), "ada@example.com"), "auth-" + UUID.randomUUID());
    }

    private List<Exchange> authorizations() {
        return proxy.exchanges().stream().filter(exchange -> exchange.path().matches(AUTHORIZE)).toList();
    }

    private static List<String> keys(List<Exchange> exchanges) {
        return exchanges.stream().map(exchange -> exchange.request().header(KlarnaHttpClient.IDEMPOTENCY_HEADER)
                .orElse("(none)")).toList();
    }

    /** Klarna acts on a forwarded request while the proxy still holds its answer: wait until it has. */
    private void awaitTransactions(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (klarna.transactions() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(klarna.transactions()).isEqualTo(count);
    }

    private static URI nothingListening() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/sandbox/klarna");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the answer is lost: unknown, settled by asking again with the same key

    @Test
    void an_answer_held_past_the_read_timeout_is_unknown_and_asking_again_with_its_key_makes_one_transaction()
            throws InterruptedException {
        KlarnaHttpClient client = client(1);
        AuthorizationCall call = authorization();
        proxy.scriptFor(AUTHORIZE, Fault.forwardThenDelay(PAST_THE_TIMEOUT));

        assertThatThrownBy(() -> client.authorize(call)).isInstanceOf(KlarnaUnavailableException.class)
                .isNotInstanceOf(KlarnaUnreachableException.class).hasMessageContaining("unknown");
        awaitTransactions(1);
        AuthorizationAnswer again = client.authorize(call);

        assertThat(again).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(klarna.transactions()).isEqualTo(1);
        List<Exchange> sent = proxy.awaitExchanges(2, Duration.ofSeconds(3));
        assertThat(keys(sent)).containsExactly(call.idempotencyKey(), call.idempotencyKey());
    }

    @Test
    void an_authorization_timed_out_after_forwarding_is_retried_with_its_key_into_one_transaction()
            throws InterruptedException {
        AuthorizationCall call = authorization();
        proxy.scriptFor(AUTHORIZE, Fault.forwardThenDelay(PAST_THE_TIMEOUT));

        AuthorizationAnswer answer = client(3).authorize(call);

        assertThat(answer).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(klarna.transactions()).isEqualTo(1);
        proxy.awaitExchanges(2, Duration.ofSeconds(3));
        assertThat(proxy.forwardedCount(exchange -> exchange.path().matches(AUTHORIZE))).isEqualTo(2);
        assertThat(keys(authorizations())).containsOnly(call.idempotencyKey());
        assertThat(sleeper.pauses()).hasSize(1);
    }

    @Test
    void a_connection_dropped_after_forwarding_is_unknown_and_asking_again_with_its_key_makes_one_transaction() {
        KlarnaHttpClient client = client(1);
        AuthorizationCall call = authorization();
        proxy.scriptFor(AUTHORIZE, Fault.DROP_AFTER_FORWARDING);

        assertThatThrownBy(() -> client.authorize(call)).isInstanceOf(KlarnaUnavailableException.class)
                .isNotInstanceOf(KlarnaUnreachableException.class);
        assertThat(klarna.transactions()).isEqualTo(1);
        AuthorizationAnswer again = client.authorize(call);

        assertThat(again).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(klarna.transactions()).isEqualTo(1);
        assertThat(keys(authorizations())).containsExactly(call.idempotencyKey(), call.idempotencyKey());
    }

    @Test
    void a_connection_dropped_after_forwarding_is_retried_with_its_key_into_one_transaction() {
        AuthorizationCall call = authorization();
        proxy.scriptFor(AUTHORIZE, Fault.DROP_AFTER_FORWARDING);

        AuthorizationAnswer answer = client(3).authorize(call);

        assertThat(answer).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(klarna.transactions()).isEqualTo(1);
        assertThat(proxy.forwardedCount(exchange -> exchange.path().matches(AUTHORIZE))).isEqualTo(2);
    }

    @Test
    void an_unknown_first_attempt_keeps_the_outcome_unknown_even_when_later_attempts_cannot_connect() {
        AuthorizationCall call = authorization();
        proxy.scriptFor(AUTHORIZE, Fault.DROP_AFTER_FORWARDING);
        sleeper.onPause(pause -> proxy.close());

        assertThatThrownBy(() -> client(3).authorize(call)).isInstanceOf(KlarnaUnavailableException.class)
                .isNotInstanceOf(KlarnaUnreachableException.class);
        assertThat(klarna.transactions()).isEqualTo(1);
        assertThat(sleeper.pauses()).hasSize(2);
    }

    // ---- server errors and nothing forwarded: retried

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void server_errors_are_retried_until_klarna_answers_again(int status) {
        AuthorizationCall call = authorization();
        proxy.alwaysFor(AUTHORIZE, Fault.answerWithoutForwarding(status, "down"));
        sleeper.onPause(pause -> {
            if (pause == 2) {
                proxy.heal();
            }
        });

        AuthorizationAnswer answer = client(3).authorize(call);

        assertThat(answer).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(authorizations()).hasSize(3);
        assertThat(proxy.forwardedCount(exchange -> exchange.path().matches(AUTHORIZE))).isEqualTo(1);
        assertThat(keys(authorizations())).containsOnly(call.idempotencyKey());
        assertThat(klarna.transactions()).isEqualTo(1);
    }

    @Test
    void server_errors_on_every_attempt_leave_the_outcome_unknown() {
        AuthorizationCall call = authorization();
        proxy.alwaysFor(AUTHORIZE, Fault.answerWithoutForwarding(503, "down"));

        assertThatThrownBy(() -> client(3).authorize(call)).isInstanceOf(KlarnaUnavailableException.class)
                .isNotInstanceOf(KlarnaUnreachableException.class).hasMessageContaining("3 of 3 attempts");
        assertThat(authorizations()).hasSize(3);
        assertThat(sleeper.pauses()).hasSize(2);
        assertThat(klarna.transactions()).isZero();
    }

    @Test
    void a_connection_dropped_before_forwarding_is_retried() {
        proxy.scriptFor(AUTHORIZE, Fault.DROP_BEFORE_FORWARDING);

        AuthorizationAnswer answer = client(3).authorize(authorization());

        assertThat(answer).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(authorizations()).hasSize(2);
        assertThat(proxy.forwardedCount(exchange -> exchange.path().matches(AUTHORIZE))).isEqualTo(1);
        assertThat(klarna.transactions()).isEqualTo(1);
    }

    @Test
    void klarna_down_behind_a_gateway_is_retried() {
        URI sandbox = proxy.target();
        proxy.retarget(nothingListening());
        sleeper.onPause(pause -> proxy.retarget(sandbox));

        AuthorizationAnswer answer = client(3).authorize(authorization());

        assertThat(answer).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(proxy.targetDownCount()).isEqualTo(1);
        assertThat(klarna.transactions()).isEqualTo(1);
    }

    @Test
    void a_key_still_in_flight_at_klarna_is_retried() {
        AuthorizationCall call = authorization();
        proxy.scriptFor(AUTHORIZE, Fault.answerWithoutForwarding(409, "{\"status\":409,"
                + "\"code\":\"IDEMPOTENCY_KEY_IN_FLIGHT\",\"error_code\":\"IDEMPOTENCY_KEY_IN_FLIGHT\","
                + "\"error_message\":\"A request with this key is still running.\"}"));

        AuthorizationAnswer answer = client(3).authorize(call);

        assertThat(answer).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(authorizations()).hasSize(2);
        assertThat(klarna.transactions()).isEqualTo(1);
    }

    @Test
    void cancels_and_reads_are_retried_after_unknown_outcomes() throws InterruptedException {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "eve+stepup@example.com");
        KlarnaHttpClient client = client(3);
        AuthorizationAnswer.StepUpRequired stepUp = (AuthorizationAnswer.StepUpRequired) client.authorize(
                authorization(token, "auth-" + UUID.randomUUID()));
        String request = ".*/payment/requests/.*";
        proxy.clear().scriptFor(request, Fault.DROP_AFTER_FORWARDING, Fault.answerWithoutForwarding(503, "down"),
                Fault.PASS, Fault.forwardThenDelay(PAST_THE_TIMEOUT));

        client.cancelPaymentRequest(shop.id(), stepUp.paymentRequestId());
        Option<PaymentRequestStatus> status = client.readPaymentRequest(shop.id(), stepUp.paymentRequestId());

        assertThat(status.map(PaymentRequestStatus::state)).containsExactly(PaymentRequestState.CANCELED);
        List<Exchange> sent = proxy.awaitExchanges(5, Duration.ofSeconds(3));
        assertThat(sent.stream().map(Exchange::method)).containsExactlyInAnyOrder("DELETE", "DELETE", "DELETE",
                "GET", "GET");
        assertThat(sent).allSatisfy(exchange -> assertThat(
                exchange.request().header(KlarnaHttpClient.IDEMPOTENCY_HEADER)).isEmpty());
    }

    // ---- nothing sent: unreachable

    @Test
    void a_refused_connection_is_unreachable_after_every_attempt() {
        KlarnaHttpClient client = client(nothingListening(), 3);

        assertThatThrownBy(() -> client.authorize(authorization()))
                .isInstanceOf(KlarnaUnreachableException.class).hasMessageContaining("nothing was sent");
        assertThat(sleeper.pauses()).hasSize(2);
        assertThatThrownBy(() -> client.presentation(new PresentationQuery(shop.id(), eur(100), Option.none(),
                Option.none()))).isInstanceOf(KlarnaUnreachableException.class);
        assertThat(klarna.transactions()).isZero();
    }

    @Test
    void an_unknown_host_is_unreachable() {
        KlarnaHttpClient client = client(URI.create("http://klarna.invalid/sandbox/klarna"), 2);

        assertThatThrownBy(() -> client.authorize(authorization())).isInstanceOf(KlarnaUnreachableException.class);
        assertThat(sleeper.pauses()).hasSize(1);
    }

    @Test
    void a_rate_limited_call_is_retried_and_unreachable_when_it_stays_limited() {
        proxy.alwaysFor(AUTHORIZE, Fault.answerWithoutForwarding(429, "slow down"));

        assertThatThrownBy(() -> client(2).authorize(authorization()))
                .isInstanceOf(KlarnaUnreachableException.class);
        assertThat(authorizations()).hasSize(2);
    }

    // ---- Klarna answered: never retried

    @Test
    void a_refusal_by_klarna_is_never_retried() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "ada@example.com");
        KlarnaHttpClient client = client(3);
        assertThat(client.authorize(authorization(token, "auth-1"))).isInstanceOf(AuthorizationAnswer.Approved.class);
        proxy.clear();

        AuthorizationAnswer again = client.authorize(authorization(token, "auth-2"));

        assertThat(again).isInstanceOfSatisfying(AuthorizationAnswer.Refused.class, refused ->
                assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("TOKEN_CONSUMED")));
        assertThat(authorizations()).hasSize(1);
        assertThat(sleeper.pauses()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422})
    void a_client_error_without_klarna_s_body_is_a_refusal_and_never_retried(int status) {
        proxy.alwaysFor(AUTHORIZE, Fault.answerWithoutForwarding(status, "no"));

        AuthorizationAnswer answer = client(3).authorize(authorization());

        assertThat(answer).isInstanceOfSatisfying(AuthorizationAnswer.Refused.class, refused ->
                assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("ACTION_NOT_ALLOWED")));
        assertThat(authorizations()).hasSize(1);
        assertThat(proxy.forwardedCount()).isZero();
        assertThat(sleeper.pauses()).isEmpty();
    }

    @Test
    void a_presentation_refused_by_klarna_is_never_retried() {
        InteroperabilityToken unknown = InteroperabilityToken.of("krn:network:eu1:test:session-token:nobody");

        PresentationAnswer answer = client(3).presentation(new PresentationQuery(shop.id(), eur(100),
                Option.none(), Option.some(unknown)));

        assertThat(answer).isInstanceOf(PresentationAnswer.Refused.class);
        assertThat(proxy.exchanges()).hasSize(1);
    }
}
