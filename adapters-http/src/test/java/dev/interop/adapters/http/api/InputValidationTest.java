package dev.interop.adapters.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input that must be refused before any use case runs: every use case here except authentication fails the test if
 * it is reached (it counts, and the server would answer 500). Each refusal is a documented problem with its code and
 * pointers, valid against {@code openapi.json}.
 */
class InputValidationTest {

    private static final String API_KEY = "iop_sk_validation";
    private static final String ADMIN_KEY = "admin-key-for-tests";
    private static final String KLARNA_KEY = "klarna-key-for-tests";
    private static final String ACCOUNT = "krn:partner:global:account:test:VALID01";
    private static final PartnerProfile PARTNER = new PartnerProfile(new PartnerId("ptr_validation"), "Validation",
            IntegrationType.SERVER_SIDE_ONLY, true, new KlarnaClientId("klarna_test_client_v"),
            PartnerAccountId.of(ACCOUNT));
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();
    private static final AtomicInteger REACHED = new AtomicInteger();
    private static TestServer server;

    private static <T> T never() {
        REACHED.incrementAndGet();
        throw new AssertionError("no use case may run for refused input");
    }

    @BeforeAll
    static void start() {
        PartnerApiController partnerApi = new PartnerApiController(new PartnerApiController.UseCases(
                command -> API_KEY.equals(command.apiKey()) ? Either.right(PARTNER)
                        : Either.left(new UseCaseError.Unauthenticated("unknown key")),
                command -> never(), command -> never(), command -> never(), command -> never(),
                command -> never(), command -> never(), command -> never(), command -> never()),
                new JourneyMetrics(new SimpleMeterRegistry()));
        AdminController admin = new AdminController(command -> never(), command -> never(), SecretCheck.equalTo(() -> ADMIN_KEY));
        KlarnaSandboxController sandbox = new KlarnaSandboxController(new KlarnaSandboxController.UseCases(
                command -> never(), command -> never(), command -> never(), command -> never(), command -> never(),
                command -> never(), command -> never(), command -> never(), command -> never(), command -> never(),
                command -> never(), command -> never(), command -> never(), command -> never(), command -> never(),
                command -> never(), command -> never()), SecretCheck.equalTo(() -> KLARNA_KEY));
        server = TestServer.start(partnerApi, admin, sandbox);
    }

    @AfterAll
    static void stop() {
        server.close();
        assertThat(REACHED.get()).as("use cases reached by refused input").isZero();
    }

    private static TestResponse postPayment(String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + API_KEY));
        all.addAll(List.of(headers));
        return server.post("/v1/payments", body, all.toArray(String[]::new));
    }

    private static JsonNode problem(TestResponse response, int status, String code, String template, String method) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).as(response.body()).isEqualTo(code);
        OPENAPI.assertResponse(method, template, response);
        return problem;
    }

    private static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(error -> pointers.add(error.path("pointer").asText(null)));
        return pointers;
    }

    @Test
    void refuses_malformed_json() {
        JsonNode problem = problem(postPayment("{\"amount\": 10,"), 400, "MALFORMED_JSON", "/v1/payments", "POST");
        assertThat(problem.get("detail").asText()).doesNotContain("Exception");
    }

    @Test
    void refuses_a_body_that_is_not_an_object() {
        problem(postPayment("[1, 2]"), 400, "INVALID_FIELD", "/v1/payments", "POST");
    }

    @Test
    void refuses_missing_fields_naming_each_one() {
        JsonNode problem = problem(postPayment("{}"), 400, "INVALID_FIELD", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/amount", "/currency", "/reference");
    }

    @Test
    void refuses_wrong_types_without_coercion() {
        JsonNode problem = problem(postPayment("""
                {"amount": "1000", "currency": 978, "reference": "r-1", "finalize": "yes", "step_up": []}
                """), 400, "INVALID_FIELD", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/amount", "/currency", "/finalize", "/step_up");
    }

    @Test
    void refuses_a_negative_amount_as_invalid_amount() {
        JsonNode problem = problem(postPayment("{\"amount\": -5, \"currency\": \"EUR\", \"reference\": \"r-1\"}"),
                400, "INVALID_AMOUNT", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactly("/amount");
    }

    @Test
    void refuses_a_zero_amount_as_invalid_amount() {
        problem(postPayment("{\"amount\": 0, \"currency\": \"EUR\", \"reference\": \"r-1\"}"),
                400, "INVALID_AMOUNT", "/v1/payments", "POST");
    }

    @Test
    void refuses_a_fractional_amount() {
        JsonNode problem = problem(postPayment("{\"amount\": 10.5, \"currency\": \"EUR\", \"reference\": \"r-1\"}"),
                400, "INVALID_FIELD", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactly("/amount");
        assertThat(problem.at("/errors/0/reason").asText()).isEqualTo("must be an integer");
    }

    @Test
    void refuses_an_unknown_currency() {
        JsonNode problem = problem(postPayment("{\"amount\": 100, \"currency\": \"XYZ\", \"reference\": \"r-1\"}"),
                400, "INVALID_CURRENCY", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactly("/currency");
    }

    @Test
    void reports_every_fault_of_a_request_at_once() {
        JsonNode problem = problem(postPayment("{\"amount\": -1, \"currency\": \"eur\"}"), 400, "INVALID_AMOUNT",
                "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/amount", "/currency", "/reference");
    }

    @Test
    void refuses_a_token_of_8193_characters_naming_the_spelling_used() {
        String token = "t".repeat(8193);
        JsonNode problem = problem(postPayment("{\"amount\": 100, \"currency\": \"EUR\", \"reference\": \"r-1\", "
                + "\"klarna_network_session_token\": \"" + token + "\"}"), 400, "TOKEN_TOO_LONG", "/v1/payments",
                "POST");
        assertThat(pointers(problem)).containsExactly("/klarna_network_session_token");
        assertThat(problem.toString()).doesNotContain(token);
    }

    @Test
    void refuses_data_that_is_not_json() {
        JsonNode problem = problem(postPayment("{\"amount\": 100, \"currency\": \"EUR\", \"reference\": \"r-1\", "
                + "\"interoperability_data\": \"{not json\"}"), 400, "DATA_NOT_JSON", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactly("/interoperability_data");
    }

    @Test
    void refuses_data_of_10241_characters() {
        String data = "\\\"" + "d".repeat(10239) + "\\\"";
        JsonNode problem = problem(server.post("/v1/checkout-sessions", "{\"amount\": 100, \"currency\": \"EUR\", "
                + "\"klarna_network_data\": \"" + data + "\"}", "Authorization", "Bearer " + API_KEY),
                400, "DATA_TOO_LONG", "/v1/checkout-sessions", "POST");
        assertThat(pointers(problem)).containsExactly("/klarna_network_data");
    }

    @Test
    void refuses_two_spellings_of_the_token_with_different_values_naming_both() {
        JsonNode problem = problem(postPayment("{\"amount\": 100, \"currency\": \"EUR\", \"reference\": \"r-1\", "
                + "\"interoperability_token\": \"token-a\", \"klarna_network_session_token\": \"token-b\"}"),
                400, "CONFLICTING_DATA_POINTS", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/interoperability_token",
                "/klarna_network_session_token");
        assertThat(problem.toString()).doesNotContain("token-a").doesNotContain("token-b");
    }

    @Test
    void refuses_two_spellings_of_the_data_with_different_values() {
        JsonNode problem = problem(postPayment("{\"amount\": 100, \"currency\": \"EUR\", \"reference\": \"r-1\", "
                + "\"klarna_interoperability_data\": \"{}\", \"klarna_network_data\": \"[]\"}"),
                400, "CONFLICTING_DATA_POINTS", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/klarna_interoperability_data",
                "/klarna_network_data");
    }

    @Test
    void refuses_a_token_that_is_not_a_string() {
        JsonNode problem = problem(postPayment("{\"amount\": 100, \"currency\": \"EUR\", \"reference\": \"r-1\", "
                + "\"interoperability_token\": 42}"), 400, "INVALID_FIELD", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactly("/interoperability_token");
    }

    @Test
    void refuses_line_items_that_do_not_sum_to_the_amount() {
        JsonNode problem = problem(server.post("/v1/checkout-sessions", """
                {"amount": 1000, "currency": "EUR",
                 "line_items": [{"name": "socks", "quantity": 2, "unit_price": 300}]}
                """, "Authorization", "Bearer " + API_KEY), 400, "LINE_ITEMS_DO_NOT_SUM_TO_TOTAL",
                "/v1/checkout-sessions", "POST");
        assertThat(pointers(problem)).containsExactly("/line_items");
    }

    @Test
    void refuses_a_line_item_whose_total_is_not_quantity_times_unit_price() {
        JsonNode problem = problem(server.post("/v1/checkout-sessions", """
                {"amount": 600, "currency": "EUR",
                 "line_items": [{"name": "socks", "quantity": 2, "unit_price": 300, "total_amount": 500},
                                {"quantity": 0, "unit_price": 1}]}
                """, "Authorization", "Bearer " + API_KEY), 400, "INVALID_AMOUNT", "/v1/checkout-sessions", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/line_items/0/total_amount", "/line_items/1/name",
                "/line_items/1/quantity");
    }

    @Test
    void refuses_a_step_up_return_url_that_is_not_absolute() {
        JsonNode problem = problem(postPayment("{\"amount\": 100, \"currency\": \"EUR\", \"reference\": \"r-1\", "
                + "\"step_up\": {\"return_url\": \"/back\"}}"), 400, "INVALID_FIELD", "/v1/payments", "POST");
        assertThat(pointers(problem)).containsExactly("/step_up/return_url");
    }

    @Test
    void refuses_an_oversized_body() {
        String padding = "x".repeat(70 * 1024);
        problem(postPayment("{\"amount\": 100, \"currency\": \"EUR\", \"reference\": \"" + padding + "\"}"), 400,
                "BODY_TOO_LARGE", "/v1/payments", "POST");
    }

    @Test
    void refuses_a_missing_api_key_with_a_challenge() {
        TestResponse response = server.post("/v1/payments", "{}");
        problem(response, 401, "UNAUTHENTICATED", "/v1/payments", "POST");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer realm=\"" + PartnerApiController.REALM));
    }

    @Test
    void refuses_a_wrong_api_key() {
        TestResponse response = server.get("/v1/payments/pay_123", "Authorization", "Bearer iop_sk_wrong");
        problem(response, 401, "UNAUTHENTICATED", "/v1/payments/{id}", "GET");
        assertThat(response.header("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    @Test
    void refuses_unknown_paths_under_the_partner_api_without_credentials() {
        assertThat(server.get("/v1/no-such-thing").status()).isEqualTo(401);
    }

    @Test
    void answers_a_malformed_id_as_not_found() {
        problem(server.get("/v1/checkout-sessions/not-an-id", "Authorization", "Bearer " + API_KEY), 404,
                "NOT_FOUND", "/v1/checkout-sessions/{id}", "GET");
    }

    @Test
    void requires_if_match_on_a_checkout_session_update() {
        JsonNode problem = problem(server.send("PATCH", "/v1/checkout-sessions/cs_abc", "{\"reference\": \"r-2\"}",
                "Authorization", "Bearer " + API_KEY), 428, "PRECONDITION_REQUIRED", "/v1/checkout-sessions/{id}",
                "PATCH");
        assertThat(problem.at("/errors/0/header").asText()).isEqualTo("If-Match");
    }

    @Test
    void refuses_an_if_match_that_is_not_an_entity_tag() {
        problem(server.send("PATCH", "/v1/checkout-sessions/cs_abc", "{\"reference\": \"r-2\"}",
                "Authorization", "Bearer " + API_KEY, "If-Match", "W/\"3\""), 400, "INVALID_HEADER",
                "/v1/checkout-sessions/{id}", "PATCH");
    }

    @Test
    void refuses_an_update_that_changes_nothing() {
        JsonNode problem = problem(server.send("PATCH", "/v1/checkout-sessions/cs_abc", "{\"unknown\": 1}",
                "Authorization", "Bearer " + API_KEY, "If-Match", "\"1\""), 400, "INVALID_FIELD",
                "/v1/checkout-sessions/{id}", "PATCH");
        assertThat(pointers(problem)).containsExactly("");
    }

    @Test
    void requires_the_currency_with_a_new_amount() {
        JsonNode problem = problem(server.send("PATCH", "/v1/checkout-sessions/cs_abc", "{\"amount\": 1200}",
                "Authorization", "Bearer " + API_KEY, "If-Match", "\"1\""), 400, "INVALID_FIELD",
                "/v1/checkout-sessions/{id}", "PATCH");
        assertThat(pointers(problem)).containsExactly("/currency");
    }

    @Test
    void refuses_an_invalid_idempotency_key() {
        problem(server.post("/v1/checkout-sessions", "{\"amount\": 100, \"currency\": \"EUR\"}",
                "Authorization", "Bearer " + API_KEY, "Idempotency-Key", "k".repeat(256)), 400, "INVALID_HEADER",
                "/v1/checkout-sessions", "POST");
    }

    @Test
    void refuses_a_locale_that_is_not_a_language_tag() {
        JsonNode problem = problem(server.post("/v1/payment-methods",
                "{\"amount\": 100, \"currency\": \"EUR\", \"locale\": \"not a locale!\"}",
                "Authorization", "Bearer " + API_KEY), 400, "INVALID_FIELD", "/v1/payment-methods", "POST");
        assertThat(pointers(problem)).containsExactly("/locale");
    }

    // ---- admin

    @Test
    void refuses_admin_requests_without_the_admin_key() {
        problem(server.post("/admin/v1/partners", "{}", "Authorization", "Bearer not-the-key"), 401,
                "UNAUTHENTICATED", "/admin/v1/partners", "POST");
        problem(server.post("/admin/v1/partners", "{}"), 401, "UNAUTHENTICATED", "/admin/v1/partners", "POST");
    }

    @Test
    void refuses_an_unknown_integration_type() {
        JsonNode problem = problem(server.post("/admin/v1/partners",
                "{\"name\": \"Shop\", \"integration_type\": \"CARRIER_PIGEON\", \"dynamic_shipping\": \"no\"}",
                "Authorization", "Bearer " + ADMIN_KEY), 400, "INVALID_FIELD", "/admin/v1/partners", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/integration_type", "/dynamic_shipping");
    }

    // ---- sandbox

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    @Test
    void refuses_acquirer_calls_without_klarna_credentials() {
        String path = "/sandbox/klarna/v2/accounts/" + ACCOUNT + "/payment/presentation?amount=100&currency=EUR";
        TestResponse response = server.get(path);
        JsonNode refused = problem(response, 401, "UNAUTHENTICATED",
                "/sandbox/klarna/v2/accounts/{pid}/payment/presentation", "GET");
        assertThat(response.header("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(refused.get("error_type").asText()).isEqualTo("ACCESS_ERROR");
        assertThat(refused.get("error_code").asText()).isEqualTo("UNAUTHENTICATED");
        problem(server.post("/sandbox/klarna/v2/partner/accounts", "{}"), 401, "UNAUTHENTICATED",
                "/sandbox/klarna/v2/partner/accounts", "POST");
        problem(server.get(path, "Authorization", basic("acquirer", "wrong")), 401, "UNAUTHENTICATED",
                "/sandbox/klarna/v2/accounts/{pid}/payment/presentation", "GET");
        problem(server.get(path, "Authorization", basic("someone", KLARNA_KEY)), 401, "UNAUTHENTICATED",
                "/sandbox/klarna/v2/accounts/{pid}/payment/presentation", "GET");
    }

    @Test
    void refuses_presentation_query_parameters_naming_each_one() {
        JsonNode problem = problem(server.get("/sandbox/klarna/v2/accounts/" + ACCOUNT
                        + "/payment/presentation?amount=-3&currency=EURO&locale=%20",
                        "Authorization", basic("acquirer", KLARNA_KEY)), 400, "INVALID_AMOUNT",
                "/sandbox/klarna/v2/accounts/{pid}/payment/presentation", "GET");
        List<String> parameters = new ArrayList<>();
        problem.path("errors").forEach(error -> parameters.add(error.path("parameter").asText()));
        assertThat(parameters).containsExactly("amount", "currency", "locale");
    }

    @Test
    void refuses_two_token_headers_with_different_values() {
        JsonNode problem = problem(server.get("/sandbox/klarna/v2/accounts/" + ACCOUNT
                        + "/payment/presentation?amount=100&currency=EUR",
                        "Authorization", basic("acquirer", KLARNA_KEY),
                        "Klarna-Network-Session-Token", "token-a", "Klarna-Interoperability-Token", "token-b"),
                400, "CONFLICTING_DATA_POINTS", "/sandbox/klarna/v2/accounts/{pid}/payment/presentation", "GET");
        List<String> headers = new ArrayList<>();
        problem.path("errors").forEach(error -> headers.add(error.path("header").asText()));
        assertThat(headers).containsExactly("Klarna-Network-Session-Token", "Klarna-Interoperability-Token");
    }

    @Test
    void refuses_a_token_header_of_8193_characters() {
        JsonNode problem = problem(server.get("/sandbox/klarna/v2/accounts/" + ACCOUNT
                        + "/payment/presentation?amount=100&currency=EUR",
                        "Authorization", basic("acquirer", KLARNA_KEY),
                        "Klarna-Network-Session-Token", "t".repeat(8193)),
                400, "TOKEN_TOO_LONG", "/sandbox/klarna/v2/accounts/{pid}/payment/presentation", "GET");
        assertThat(problem.at("/errors/0/header").asText()).isEqualTo("Klarna-Network-Session-Token");
    }

    @Test
    void answers_an_account_id_that_cannot_exist_as_not_found() {
        problem(server.get("/sandbox/klarna/v2/accounts/not-a-krn/payment/presentation?amount=100&currency=EUR",
                "Authorization", basic("acquirer", KLARNA_KEY)), 404, "NOT_FOUND",
                "/sandbox/klarna/v2/accounts/{pid}/payment/presentation", "GET");
    }

    @Test
    void refuses_an_authorization_without_its_transaction() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v2/accounts/" + ACCOUNT + "/payment/authorize",
                        "{\"currency\": \"EUR\", \"step_up_config\": {\"payment_request_reference\": \"\", "
                                + "\"customer_interaction_config\": {\"method\": \"SDK\", \"return_url\": \"ftp://x\"}}}",
                        "Authorization", basic("acquirer", KLARNA_KEY), "Klarna-Idempotency-Key", "k-1"), 400,
                "INVALID_FIELD", "/sandbox/klarna/v2/accounts/{pid}/payment/authorize", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/request_payment_transaction",
                "/step_up_config/payment_request_reference",
                "/step_up_config/customer_interaction_config/method",
                "/step_up_config/customer_interaction_config/return_url");
        assertThat(problem.get("error_code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(problem.get("error_type").asText()).isEqualTo("INPUT_ERROR");
        assertThat(problem.get("error_message").asText()).isEqualTo(problem.get("detail").asText());
        assertThat(problem.get("error_id").asText()).isEqualTo(problem.get("correlation_id").asText());
        List<String> parameters = new ArrayList<>();
        problem.path("validation_errors").forEach(error -> parameters.add(error.path("parameter").asText()));
        assertThat(parameters).containsExactlyInAnyOrderElementsOf(pointers(problem));
    }

    @Test
    void refuses_an_authorization_without_an_idempotency_key_naming_the_header() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v2/accounts/" + ACCOUNT + "/payment/authorize",
                        "{\"currency\": \"EUR\", \"request_payment_transaction\": {\"amount\": 100, "
                                + "\"payment_transaction_reference\": \"tx-1\"}}",
                        "Authorization", basic("acquirer", KLARNA_KEY)), 400, "INVALID_HEADER",
                "/sandbox/klarna/v2/accounts/{pid}/payment/authorize", "POST");
        assertThat(problem.at("/errors/0/header").asText()).isEqualTo("Klarna-Idempotency-Key");
        assertThat(problem.get("error_type").asText()).isEqualTo("INPUT_ERROR");
    }

    @Test
    void refuses_two_different_idempotency_keys_naming_both_headers() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v2/accounts/" + ACCOUNT + "/payment/requests",
                        "{\"amount\": 100, \"currency\": \"EUR\"}", "Authorization", basic("acquirer", KLARNA_KEY),
                        "Klarna-Idempotency-Key", "k-1", "Idempotency-Key", "k-2"), 400, "INVALID_HEADER",
                "/sandbox/klarna/v2/accounts/{pid}/payment/requests", "POST");
        List<String> headers = new ArrayList<>();
        problem.path("errors").forEach(error -> headers.add(error.path("header").asText()));
        assertThat(headers).containsExactly("Klarna-Idempotency-Key", "Idempotency-Key");
    }

    @Test
    void refuses_a_malformed_klarna_idempotency_key() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v2/accounts/" + ACCOUNT + "/payment/requests",
                        "{\"amount\": 100, \"currency\": \"EUR\"}", "Authorization", basic("acquirer", KLARNA_KEY),
                        "Klarna-Idempotency-Key", "two words"), 400, "INVALID_HEADER",
                "/sandbox/klarna/v2/accounts/{pid}/payment/requests", "POST");
        assertThat(problem.at("/errors/0/header").asText()).isEqualTo("Klarna-Idempotency-Key");
    }

    @Test
    void refuses_an_onboarding_without_its_fields() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v2/partner/accounts",
                        "{\"name\": \"\", \"partner_account_reference\": \"" + "r".repeat(201) + "\"}",
                        "Authorization", basic("acquirer", KLARNA_KEY)), 400, "INVALID_FIELD",
                "/sandbox/klarna/v2/partner/accounts", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/partner_account_reference", "/name",
                "/integration_type");
    }

    @Test
    void keeps_klarnas_error_fields_to_the_v2_face() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v1/prequalifications", "{}"), 400, "INVALID_FIELD",
                "/sandbox/klarna/v1/prequalifications", "POST");
        assertThat(problem.has("error_id") || problem.has("error_type") || problem.has("validation_errors")).isFalse();
    }

    @Test
    void refuses_a_prequalification_without_client_and_customer() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v1/prequalifications",
                "{\"client_id\": \"has spaces\", \"customer\": {\"email\": \"nobody\"}, \"currency\": \"EUR\"}"),
                400, "INVALID_FIELD", "/sandbox/klarna/v1/prequalifications", "POST");
        assertThat(pointers(problem)).containsExactlyInAnyOrder("/client_id", "/customer/email");
    }

    @Test
    void refuses_unknown_sign_in_scopes() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v1/sign-ins",
                "{\"client_id\": \"c1\", \"customer\": {\"email\": \"a@b.se\"}, \"scopes\": [\"admin:all\"]}"),
                400, "INVALID_FIELD", "/sandbox/klarna/v1/sign-ins", "POST");
        assertThat(pointers(problem)).containsExactly("/scopes");
    }

    @Test
    void refuses_a_shipping_address_without_a_valid_country() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v1/payment-requests/krn:payment:eu1:request:abc"
                        + "/customer/shipping-address", "{\"client_id\": \"c1\", \"address\": {\"country\": \"XX\"}}"),
                400, "INVALID_FIELD", "/sandbox/klarna/v1/payment-requests/{id}/customer/shipping-address", "POST");
        assertThat(pointers(problem)).containsExactly("/address/country");
    }

    @Test
    void refuses_a_payment_request_ttl_outside_klarnas_bounds() {
        JsonNode problem = problem(server.post("/sandbox/klarna/v2/accounts/" + ACCOUNT + "/payment/requests",
                        "{\"amount\": 100, \"currency\": \"EUR\", \"ttl_seconds\": 60}",
                        "Authorization", basic("acquirer", KLARNA_KEY)), 400, "INVALID_TTL",
                "/sandbox/klarna/v2/accounts/{pid}/payment/requests", "POST");
        assertThat(pointers(problem)).containsExactly("/ttl_seconds");
    }
}
