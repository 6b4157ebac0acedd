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

    // ---- R13 and R17 on Klarna's AP-facing face: Klarna-Idempotency-Key

    private String authorizeBody(String reference) {
        return json("currency", "EUR", "request_payment_transaction",
                object("amount", 10000, "payment_transaction_reference", reference), "interoperability_data", DATA);
    }

    @Test
    void a_retried_authorization_answers_the_first_answer_and_makes_one_transaction() {
        Partner shop = serverSidePartner();
        JsonNode prequalified = ok(sandboxPost(PREQUALIFICATIONS, List.of(), json("client_id", shop.clientId(),
                "customer", object("email", "ed@example.com"), "amount", 10000, "currency", "EUR")), 201);
        String token = prequalified.get("interoperability_token").asText();
        String sessionId = prequalified.get("customer_session_id").asText();
        String key = key();
        String body = authorizeBody("tx-1");

        TestResponse first = acquirerCall("POST", AUTHORIZE, params("pid", shop.accountId()), null, body,
                "Klarna-Idempotency-Key", key, "Klarna-Network-Session-Token", token);
        TestResponse retry = acquirerCall("POST", AUTHORIZE, params("pid", shop.accountId()), null, body,
                "Klarna-Idempotency-Key", key, "Klarna-Network-Session-Token", token);
        TestResponse sameKeyOtherHeader = acquirerCall("POST", AUTHORIZE, params("pid", shop.accountId()), null, body,
                "Idempotency-Key", key, "Klarna-Network-Session-Token", token);
        TestResponse anotherOperation = authorize(shop.accountId(), body, "Klarna-Network-Session-Token", token);

        JsonNode approved = ok(first, 200);
        String transactionId = approved.at("/payment_transaction_response/payment_transaction/payment_transaction_id")
                .asText();
        assertThat(approved.at("/payment_transaction_response/result").asText()).isEqualTo("APPROVED");
        assertThat(first.header(ResponderHeaders.REPLAYED)).isEmpty();
        assertThat(ok(retry, 200)).isEqualTo(approved);
        assertThat(retry.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(ok(sameKeyOtherHeader, 200)).as("Idempotency-Key is the same key").isEqualTo(approved);
        assertThat(sameKeyOtherHeader.header(ResponderHeaders.REPLAYED)).contains("true");
        klarnaProblem(anotherOperation, 409, "TOKEN_CONSUMED", "RESOURCE_ERROR");
        assertThat(fixture().knowsKlarnaStorage()).as("the fixture can count what Klarna stored").isTrue();
        assertThat(fixture().klarnaEventTypes(sessionId)).as("the session was consumed by one transaction")
                .filteredOn("customer_session.consumed"::equals).hasSize(1);
        assertThat(fixture().klarnaEventTypes(transactionId)).containsExactly("payment_transaction.created");
    }

    @Test
    void a_retried_step_up_authorization_makes_one_payment_request() {
        Partner shop = serverSidePartner();
        String key = key();
        String body = json("currency", "EUR", "request_payment_transaction",
                object("amount", 10000, "payment_transaction_reference", "tx-1"), "step_up_config",
                object("payment_request_reference", "pay_1", "customer_interaction_config",
                        object("method", "HANDOVER", "return_url", RETURN_URL)));

        JsonNode first = ok(acquirerCall("POST", AUTHORIZE, params("pid", shop.accountId()), null, body,
                "Klarna-Idempotency-Key", key), 200);
        TestResponse retry = acquirerCall("POST", AUTHORIZE, params("pid", shop.accountId()), null, body,
                "Klarna-Idempotency-Key", key);
        JsonNode another = ok(authorize(shop.accountId(), body), 200);

        String requestId = first.at("/payment_request/payment_request_id").asText();
        assertThat(first.at("/payment_transaction_response/result").asText()).isEqualTo("STEP_UP_REQUIRED");
        assertThat(ok(retry, 200)).isEqualTo(first);
        assertThat(retry.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(another.at("/payment_request/payment_request_id").asText())
                .as("only another key makes another attempt").isNotEqualTo(requestId);
    }

    @Test
    void an_authorization_without_an_idempotency_key_is_refused_naming_the_header_and_consumes_nothing() {
        Partner shop = serverSidePartner();
        String token = prequalify(shop, "flo@example.com", 10000);

        TestResponse refused = acquirerCall("POST", AUTHORIZE, params("pid", shop.accountId()), null,
                authorizeBody("tx-1"), "Klarna-Network-Session-Token", token);

        JsonNode problem = klarnaProblem(refused, 400, "INVALID_HEADER", "INPUT_ERROR");
        assertThat(problem.at("/errors/0/header").asText()).isEqualTo("Klarna-Idempotency-Key");
        assertThat(problem.at("/validation_errors/0/parameter").asText()).isEqualTo("Klarna-Idempotency-Key");
        assertThat(ok(authorize(shop.accountId(), authorizeBody("tx-1"), "Klarna-Network-Session-Token", token), 200)
                .at("/payment_transaction_response/result").asText()).as("the token is still unused")
                .isEqualTo("APPROVED");
    }

    @Test
    void a_klarna_idempotency_key_reused_with_another_body_is_refused() {
        Partner shop = serverSidePartner();
        String key = key();
        List<String> account = params("pid", shop.accountId());

        TestResponse created = acquirerCall("POST", PAYMENT_REQUESTS, account, null,
                json("amount", 2000, "currency", "EUR"), "Klarna-Idempotency-Key", key);
        TestResponse replay = acquirerCall("POST", PAYMENT_REQUESTS, account, null,
                json("amount", 2000, "currency", "EUR"), "Klarna-Idempotency-Key", key);
        TestResponse reused = acquirerCall("POST", PAYMENT_REQUESTS, account, null,
                json("amount", 3000, "currency", "EUR"), "Klarna-Idempotency-Key", key);

        assertThat(ok(replay, 201)).isEqualTo(ok(created, 201));
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(replay.header("Location")).isEqualTo(created.header("Location")).isPresent();
        klarnaProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED", "INPUT_ERROR");
    }

    @Test
    void a_replayed_onboarding_answers_its_201_and_a_seen_reference_without_a_key_answers_200() {
        String key = key();
        String body = json("partner_account_reference", "ptr_" + key, "name", "Replayed Account",
                "integration_type", "HOSTED_CHECKOUT");

        TestResponse first = acquirerCall("POST", PARTNER_ACCOUNTS, List.of(), null, body,
                "Klarna-Idempotency-Key", key);
        TestResponse replay = acquirerCall("POST", PARTNER_ACCOUNTS, List.of(), null, body,
                "Klarna-Idempotency-Key", key);
        TestResponse seen = acquirerCall("POST", PARTNER_ACCOUNTS, List.of(), null, body);

        assertThat(ok(replay, 201)).isEqualTo(ok(first, 201));
        assertThat(replay.header(ResponderHeaders.REPLAYED)).contains("true");
        assertThat(ok(seen, 200).get("partner_account_id")).isEqualTo(first.json().get("partner_account_id"));
        assertThat(seen.header(ResponderHeaders.REPLAYED)).isEmpty();
    }

    @Test
    void refused_onboarding_input_is_a_klarna_problem_naming_each_field() {
        TestResponse refused = acquirerCall("POST", PARTNER_ACCOUNTS, List.of(), null,
                json("partner_account_reference", " ", "integration_type", "CARRIER_PIGEON", "dynamic_shipping", "yes"));

        klarnaProblem(refused, 400, "INVALID_FIELD", "INPUT_ERROR");
        assertThat(pointers(refused)).containsExactlyInAnyOrder("/partner_account_reference", "/name",
                "/integration_type", "/dynamic_shipping");
        assertThat(refused.json().get("validation_errors")).hasSize(4);
    }

    /** The replay header's name, as the contract states it. */
    static final class ResponderHeaders {
        static final String REPLAYED = "Idempotent-Replayed";

        private ResponderHeaders() {
        }
    }
}
