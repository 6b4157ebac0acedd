package dev.interop.adapters.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Refused input and repeated requests against a real engine: every refusal is the documented problem (code and
 * pointers, valid against {@code openapi.json}) and leaves nothing behind: the checkout session it named is
 * unchanged, its timeline has no new event, the token it carried is not consumed and its {@code Idempotency-Key}
 * was not kept. Replays (R13) answer the stored response with {@code Idempotent-Replayed: true}.
 */
public abstract class HttpBadInputContract extends InteropHttpContract {

    /** A fresh Partner with an open checkout session holding a pre-qualified customer's token. */
    private record Setup(Partner shop, String token, String sessionId) {
    }

    private Setup openSession() {
        Partner shop = serverSidePartner();
        String token = prequalify(shop, "ada@example.com", 10000);
        String sessionId = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR",
                "reference", "order-1", "interoperability_token", token)), 201).get("id").asText();
        return new Setup(shop, token, sessionId);
    }

    private void assertUntouched(Setup setup) {
        JsonNode session = ok(partnerGet(setup.shop(), CHECKOUT_SESSION, setup.sessionId()), 200);
        assertThat(session.get("status").asText()).isEqualTo("OPEN");
        assertThat(session.get("version").asLong()).isEqualTo(1);
        assertThat(session.get("reference").asText()).isEqualTo("order-1");
        assertThat(session.has("payment_id")).isFalse();
        assertThat(eventTypes(setup.shop(), CHECKOUT_SESSION_EVENTS, setup.sessionId()))
                .containsExactly("checkout_session.opened");
    }

    private static String key() {
        return "key-" + UUID.randomUUID();
    }

    static Stream<Arguments> badPayments() {
        String base = "\"amount\": 10000, \"currency\": \"EUR\", \"reference\": \"order-1\", "
                + "\"checkout_session_id\": \"%s\"";
        return Stream.of(
                Arguments.of("malformed JSON", "{" + base + ",", "MALFORMED_JSON", List.of()),
                Arguments.of("wrong type", "{" + base.replace("10000", "\"10000\"") + "}", "INVALID_FIELD",
                        List.of("/amount")),
                Arguments.of("missing field", "{" + base.replace("\"reference\": \"order-1\", ", "") + "}",
                        "INVALID_FIELD", List.of("/reference")),
                Arguments.of("negative amount", "{" + base.replace("10000", "-10000") + "}", "INVALID_AMOUNT",
                        List.of("/amount")),
                Arguments.of("fractional amount", "{" + base.replace("10000", "100.5") + "}", "INVALID_FIELD",
                        List.of("/amount")),
                Arguments.of("unknown currency", "{" + base.replace("EUR", "ABC") + "}", "INVALID_CURRENCY",
                        List.of("/currency")),
                Arguments.of("token of 8193 characters", "{" + base + ", \"interoperability_token\": \""
                        + "t".repeat(8193) + "\"}", "TOKEN_TOO_LONG", List.of("/interoperability_token")),
                Arguments.of("data that is not JSON", "{" + base + ", \"klarna_network_data\": \"{oops\"}",
                        "DATA_NOT_JSON", List.of("/klarna_network_data")),
                Arguments.of("data of 10241 characters", "{" + base + ", \"interoperability_data\": \"\\\""
                        + "d".repeat(10239) + "\\\"\"}", "DATA_TOO_LONG", List.of("/interoperability_data")),
                Arguments.of("two token spellings", "{" + base + ", \"interoperability_token\": \"a\", "
                        + "\"klarna_network_session_token\": \"b\"}", "CONFLICTING_DATA_POINTS",
                        List.of("/interoperability_token", "/klarna_network_session_token")),
                Arguments.of("oversized body", "{" + base + ", \"padding\": \"" + "p".repeat(70_000) + "\"}",
                        "BODY_TOO_LARGE", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPayments")
    void refused_payment_input_is_a_documented_problem_and_stores_nothing(String name, String template,
            String code, List<String> expectedPointers) {
        Setup setup = openSession();
        String key = key();

        TestResponse refused = partnerPost(setup.shop(), PAYMENTS, template.formatted(setup.sessionId()),
                "Idempotency-Key", key);

        problem(refused, 400, code);
        assertThat(pointers(refused)).containsExactlyInAnyOrderElementsOf(expectedPointers);
        assertThat(refused.header(ResponderHeaders.REPLAYED)).isEmpty();
        assertUntouched(setup);
        JsonNode accepted = ok(partnerPost(setup.shop(), PAYMENTS, json("amount", 10000, "currency", "EUR",
                "reference", "order-1", "checkout_session_id", setup.sessionId()), "Idempotency-Key", key), 201);
        assertThat(accepted.get("status").asText()).as("the key and the token are still unused")
                .isEqualTo("AUTHORIZED");
    }

    @Test
    void refused_updates_leave_the_checkout_session_as_it_was() {
        Setup setup = openSession();

        problem(patchCheckoutSession(setup.shop(), setup.sessionId(), "\"1\"", "{\"reference\": "), 400,
                "MALFORMED_JSON");
        problem(patchCheckoutSession(setup.shop(), setup.sessionId(), "\"1\"",
                json("amount", -1, "currency", "EUR")), 400, "INVALID_AMOUNT");
        problem(patchCheckoutSession(setup.shop(), setup.sessionId(), "\"1\"",
                json("amount", 9000, "currency", "SEK")), 400, "CURRENCY_MISMATCH");
        problem(patchCheckoutSession(setup.shop(), setup.sessionId(), "\"1\"",
                json("interoperability_data", "not json")), 400, "DATA_NOT_JSON");
        problem(patchCheckoutSession(setup.shop(), setup.sessionId(), "\"7\"", json("reference", "stale")), 412,
                "PRECONDITION_FAILED");
        problem(patchCheckoutSession(setup.shop(), setup.sessionId(), null, json("reference", "unconditional")),
                428, "PRECONDITION_REQUIRED");
        problem(call("PATCH", CHECKOUT_SESSION, params("id", setup.sessionId()), null, json("reference", "anon"),
                "If-Match", "\"1\""), 401, "UNAUTHENTICATED");
        problem(patchCheckoutSession(serverSidePartner(), setup.sessionId(), "\"1\"", json("reference", "theirs")),
                404, "NOT_FOUND");

        assertUntouched(setup);
    }

    @Test
    void the_same_token_under_two_spellings_with_the_same_value_is_accepted() {
        Partner shop = serverSidePartner();
        String token = prequalify(shop, "bo@example.com", 10000);

        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 10000, "currency", "EUR",
                "reference", "order-1", "interoperability_token", token, "klarna_interoperability_token", token,
                "klarna_network_session_token", token, "interoperability_data", DATA, "klarna_network_data", DATA)),
                201);

        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
    }

    @Test
    void a_missing_or_wrong_api_key_is_refused_and_stores_nothing() {
        Setup setup = openSession();
        String body = json("amount", 10000, "currency", "EUR", "reference", "order-1", "checkout_session_id",
                setup.sessionId());

        problem(call("POST", PAYMENTS, List.of(), null, body), 401, "UNAUTHENTICATED");
        problem(call("POST", PAYMENTS, List.of(), null, body, "Authorization", "Bearer iop_sk_guess"), 401,
                "UNAUTHENTICATED");
        problem(call("POST", PAYMENTS, List.of(), null, body, "Authorization", "Basic YTpi"), 401,
                "UNAUTHENTICATED");

        assertUntouched(setup);
    }

    // ---- R13

    @Test
    void a_replay_answers_the_same_response_with_the_same_headers_and_creates_nothing_more() {
        Partner shop = serverSidePartner();
        String key = key();
        String body = json("amount", 10000, "currency", "EUR", "reference", "order-1");

        TestResponse first = partnerPost(shop, CHECKOUT_SESSIONS, body, "Idempotency-Key", key);
        TestResponse replay = partnerPost(shop, CHECKOUT_SESSIONS, body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(ResponderHeaders.REPLAYED)).isEmpty();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag")).isPresent();
        assertThat(replay.header("Location")).isEqualTo(first.header("Location")).isPresent();
        String id = first.json().get("id").asText();
        assertThat(eventTypes(shop, CHECKOUT_SESSION_EVENTS, id)).containsExactly("checkout_session.opened");
    }

    @Test
    void a_replayed_payment_is_authorized_once_and_does_not_consume_the_token_twice() {
        Partner shop = serverSidePartner();
        String token = prequalify(shop, "cy@example.com", 10000);
        String key = key();
        String body = json("amount", 10000, "currency", "EUR", "reference", "order-1", "interoperability_token",
                token);

        JsonNode first = ok(partnerPost(shop, PAYMENTS, body, "Idempotency-Key", key), 201);
        TestResponse replay = partnerPost(shop, PAYMENTS, body, "Idempotency-Key", key);

        assertThat(ok(replay, 201).get("id")).isEqualTo(first.get("id"));
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(eventTypes(shop, PAYMENT_EVENTS, first.get("id").asText()))
                .filteredOn(type -> type.equals("payment.authorized")).hasSize(1);
        problem(partnerPost(shop, PAYMENTS, body, "Idempotency-Key", key()), 409, "TOKEN_CONSUMED");
    }

    @Test
    void a_key_reused_with_another_body_is_refused_and_stores_nothing() {
        Partner shop = serverSidePartner();
        String key = key();
        String first = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR"),
                "Idempotency-Key", key), 201).get("id").asText();

        TestResponse reused = partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 20000, "currency", "EUR"),
                "Idempotency-Key", key);
        TestResponse replay = partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR"),
                "Idempotency-Key", key);

        problem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(ok(replay, 201).get("id").asText()).isEqualTo(first);
        assertThat(replay.json().get("amount").asLong()).isEqualTo(10000);
    }

    @Test
    void a_refusal_by_the_use_case_is_replayed_as_it_was_answered() {
        Partner shop = serverSidePartner();
        Partner other = serverSidePartner();
        String token = prequalify(other, "di@example.com", 10000);
        String key = key();
        String body = json("amount", 10000, "currency", "EUR", "reference", "order-1", "interoperability_token",
                token);

        TestResponse refused = partnerPost(shop, PAYMENTS, body, "Idempotency-Key", key);
        TestResponse replay = partnerPost(shop, PAYMENTS, body, "Idempotency-Key", key);

        JsonNode problem = problem(refused, refused.status(), "TOKEN_OF_ANOTHER_PARTNER");
        JsonNode replayed = problem(replay, refused.status(), "TOKEN_OF_ANOTHER_PARTNER");
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(replayed.get("detail")).isEqualTo(problem.get("detail"));
        assertThat(replayed.get("correlation_id")).isNotEqualTo(problem.get("correlation_id"));
    }

    @Test
    void keys_are_scoped_to_the_partner_that_sent_them() {
        Partner shop = serverSidePartner();
        Partner other = serverSidePartner();
        String key = key();

        String mine = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 100, "currency", "EUR"),
                "Idempotency-Key", key), 201).get("id").asText();
        TestResponse theirs = partnerPost(other, CHECKOUT_SESSIONS, json("amount", 200, "currency", "EUR"),
                "Idempotency-Key", key);

        assertThat(ok(theirs, 201).get("id").asText()).isNotEqualTo(mine);
        assertThat(theirs.header(ResponderHeaders.REPLAYED)).isEmpty();
    }

    @Test
    void a_replayed_checkout_session_update_keeps_its_etag_and_changes_the_session_once() {
        Setup setup = openSession();
        String key = key();

        TestResponse first = patchCheckoutSession(setup.shop(), setup.sessionId(), "\"1\"",
                json("reference", "order-2"), "Idempotency-Key", key);
        TestResponse replay = patchCheckoutSession(setup.shop(), setup.sessionId(), "\"1\"",
                json("reference", "order-2"), "Idempotency-Key", key);

        assertThat(ok(first, 200).get("version").asLong()).isEqualTo(2);
        assertThat(ok(replay, 200)).isEqualTo(first.json());
        assertThat(replay.header("ETag")).contains("\"2\"");
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(eventTypes(setup.shop(), CHECKOUT_SESSION_EVENTS, setup.sessionId()))
                .containsExactly("checkout_session.opened", "checkout_session.updated");
    }

    @Test
    void a_replayed_partner_creation_never_shows_the_api_key_again() {
        String key = key();
        String body = json("name", "Replayed Shop", "integration_type", "HOSTED_CHECKOUT");

        JsonNode first = ok(createPartnerResponse(body, "Idempotency-Key", key), 201);
        TestResponse replay = createPartnerResponse(body, "Idempotency-Key", key);

        assertThat(first.get("api_key").asText()).isNotBlank();
        assertThat(ok(replay, 201).get("partner_id")).isEqualTo(first.get("partner_id"));
        assertThat(replay.json().has("api_key")).isFalse();
        assertThat(replay.body()).doesNotContain(first.get("api_key").asText());
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
    }

    @Test
    void a_replayed_customer_action_does_not_act_twice() {
        Partner shop = serverSidePartner();
        String requestId = ok(startExpress(shop, "AUTHORIZATION", 10000, List.of()), 201)
                .get("payment_request_id").asText();
        String key = key();

        TestResponse first = call("POST", CUSTOMER + "start", params("id", requestId), null,
                json("client_id", shop.clientId()), "Idempotency-Key", key);
        TestResponse replay = call("POST", CUSTOMER + "start", params("id", requestId), null,
                json("client_id", shop.clientId()), "Idempotency-Key", key);
        TestResponse again = customer(shop, requestId, "start");

        assertThat(ok(first, 200).get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(ok(replay, 200)).isEqualTo(first.json());
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(again.status()).isEqualTo(409);
    }

    /** The replay header's name, as the contract states it. */
    static final class ResponderHeaders {
        static final String REPLAYED = "Idempotent-Replayed";

        private ResponderHeaders() {
        }
    }
}
