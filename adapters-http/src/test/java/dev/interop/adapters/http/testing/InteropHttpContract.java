package dev.interop.adapters.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the HTTP contract tests: one server per test class from {@link #startFixture()} (override it to run
 * the same tests against another engine or server, e.g. H2 or PostgreSQL storage in bootstrap), and the calls a
 * Partner, its customer and its Acquiring Partner make, over real HTTP only. Every response a test receives through
 * {@link #call} is checked against {@code openapi.json} for its operation and status, so the document cannot drift.
 * Tests create their own Partners, so they do not depend on each other or on their order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InteropHttpContract {

    /** Minor units every sandbox customer may spend. */
    protected static final long PURCHASE_POWER = 500_000;
    /** A stringified interoperability data document. */
    protected static final String DATA = "{\"content_type\":\"application/vnd.klarna.interoperability-data.v2+json\","
            + "\"content\":{\"operation\":\"payment_request\",\"reference\":\"order-1\"}}";
    protected static final String RETURN_URL = "https://shop.example/return";

    protected static final String PARTNERS = "/admin/v1/partners";
    protected static final String PAYMENT_METHODS = "/v1/payment-methods";
    protected static final String CHECKOUT_SESSIONS = "/v1/checkout-sessions";
    protected static final String CHECKOUT_SESSION = "/v1/checkout-sessions/{id}";
    protected static final String CHECKOUT_SESSION_EVENTS = "/v1/checkout-sessions/{id}/events";
    protected static final String PAYMENTS = "/v1/payments";
    protected static final String PAYMENT = "/v1/payments/{id}";
    protected static final String PAYMENT_EVENTS = "/v1/payments/{id}/events";
    protected static final String PREQUALIFICATIONS = "/sandbox/klarna/v1/prequalifications";
    protected static final String SIGN_INS = "/sandbox/klarna/v1/sign-ins";
    protected static final String INTEROPERABILITY_TOKENS = "/sandbox/klarna/v1/interoperability-tokens";
    protected static final String EXPRESS_CHECKOUTS = "/sandbox/klarna/v1/express-checkouts";
    protected static final String CUSTOMER = "/sandbox/klarna/v1/payment-requests/{id}/customer/";
    protected static final String PARTNER_ACCOUNTS = "/sandbox/klarna/v2/partner/accounts";
    protected static final String PRESENTATION = "/sandbox/klarna/v2/accounts/{pid}/payment/presentation";
    protected static final String AUTHORIZE = "/sandbox/klarna/v2/accounts/{pid}/payment/authorize";
    protected static final String PAYMENT_REQUESTS = "/sandbox/klarna/v2/accounts/{pid}/payment/requests";
    protected static final String PAYMENT_REQUEST = "/sandbox/klarna/v2/accounts/{pid}/payment/requests/{id}";

    private static final ObjectMapper JSON = new ObjectMapper();

    protected final OpenApiValidator openApi = OpenApiValidator.forServer();
    private InteropHttpFixture fixture;

    /** A Partner as the admin face created it. */
    protected record Partner(String id, String apiKey, String clientId, String accountId) {
        public String bearer() {
            return "Bearer " + apiKey;
        }
    }

    /** The server under test; by default a fresh in-memory engine. Called once per test class. */
    protected InteropHttpFixture startFixture() {
        return InteropHttpFixture.inMemory();
    }

    @BeforeAll
    final void startServer() {
        fixture = startFixture();
    }

    @AfterAll
    final void stopServer() {
        if (fixture != null) {
            fixture.close();
        }
    }

    protected final InteropHttpFixture fixture() {
        return fixture;
    }

    // ---- the wire

    /**
     * {@code method} on the path made from {@code template} and {@code params} (name, value, ...) plus
     * {@code query}, with {@code body} (or none) and {@code headers} (name, value, ...). The response is checked
     * against the document's operation {@code method template}.
     */
    protected final TestResponse call(String method, String template, List<String> params, String query,
            String body, String... headers) {
        String path = template;
        for (int i = 0; i + 1 < params.size(); i += 2) {
            path = path.replace("{" + params.get(i) + "}", params.get(i + 1));
        }
        TestResponse response = fixture.server().send(method, query == null ? path : path + "?" + query, body,
                headers);
        assertThat(response.status()).as("%s %s answered %s", method, path, response.body()).isLessThan(500);
        openApi.assertResponse(method, template, response);
        return response;
    }

    /** A JSON object from name, value pairs; values may be maps, lists, strings, numbers, booleans or null. */
    protected static String json(Object... pairs) {
        try {
            return JSON.writeValueAsString(object(pairs));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A map for a nested object of {@link #json}. */
    protected static Map<String, Object> object(Object... pairs) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            object.put((String) pairs[i], pairs[i + 1]);
        }
        return object;
    }

    /** A line item of {@link #json}. */
    protected static Map<String, Object> item(String name, long quantity, long unitPrice) {
        return object("name", name, "quantity", quantity, "unit_price", unitPrice, "total_amount",
                quantity * unitPrice);
    }

    protected static List<String> params(String... nameValues) {
        return List.of(nameValues);
    }

    /** The JSON pointers of a problem's errors. */
    protected static List<String> pointers(TestResponse problem) {
        List<String> pointers = new ArrayList<>();
        problem.json().path("errors").forEach(error -> pointers.add(error.path("pointer").asText(null)));
        return pointers;
    }

    /** Asserts a problem response with this status and code; answers its body. */
    protected static JsonNode problem(TestResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.json().path("code").asText()).as(response.body()).isEqualTo(code);
        return response.json();
    }

    /** Asserts a JSON response with this status; answers its body. */
    protected static JsonNode ok(TestResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.mediaType()).isEqualTo("application/json");
        return response.json();
    }

    // ---- admin

    protected final TestResponse createPartnerResponse(String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + fixture.adminKey()));
        all.addAll(List.of(headers));
        return call("POST", PARTNERS, List.of(), null, body, all.toArray(String[]::new));
    }

    protected final Partner createPartner(String integrationType, boolean dynamicShipping) {
        JsonNode created = ok(createPartnerResponse(json("name", "Shop " + integrationType,
                "integration_type", integrationType, "dynamic_shipping", dynamicShipping)), 201);
        return new Partner(created.get("partner_id").asText(), created.get("api_key").asText(),
                created.get("klarna_client_id").asText(), created.get("klarna_partner_account_id").asText());
    }

    /** A server-side-only Partner with dynamic shipping: every journey is open to it. */
    protected final Partner serverSidePartner() {
        return createPartner("SERVER_SIDE_ONLY", true);
    }

    protected final Partner hostedPartner() {
        return createPartner("HOSTED_CHECKOUT", false);
    }

    // ---- the Partner calling its Acquiring Partner

    protected final TestResponse partnerCall(Partner partner, String method, String template, List<String> params,
            String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", partner.bearer()));
        all.addAll(List.of(headers));
        return call(method, template, params, null, body, all.toArray(String[]::new));
    }

    protected final TestResponse partnerPost(Partner partner, String template, String body, String... headers) {
        return partnerCall(partner, "POST", template, List.of(), body, headers);
    }

    protected final TestResponse partnerGet(Partner partner, String template, String id) {
        return partnerCall(partner, "GET", template, params("id", id), null);
    }

    /**
     * The payment once it left {@code REQUIRES_CUSTOMER_ACTION}: at once in one process, after Klarna's notification
     * arrived (and the final authorization ran) in the split deployment. Gives up after 15 s with the last answer.
     */
    protected final JsonNode settledPayment(Partner partner, String id) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        JsonNode payment = ok(partnerGet(partner, PAYMENT, id), 200);
        while (System.nanoTime() < deadline && java.util.Set.of("REQUIRES_CUSTOMER_ACTION", "AUTHORIZING")
                .contains(payment.get("status").asText())) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            payment = ok(partnerGet(partner, PAYMENT, id), 200);
        }
        return payment;
    }

    protected final TestResponse patchCheckoutSession(Partner partner, String id, String ifMatch, String body,
            String... headers) {
        List<String> all = new ArrayList<>();
        if (ifMatch != null) {
            all.addAll(List.of("If-Match", ifMatch));
        }
        all.addAll(List.of(headers));
        return partnerCall(partner, "PATCH", CHECKOUT_SESSION, params("id", id), body, all.toArray(String[]::new));
    }

    /** The event types of a checkout session or payment, in sequence order, checking the sequences (R15). */
    protected final List<String> eventTypes(Partner partner, String template, String id) {
        JsonNode events = ok(partnerGet(partner, template, id), 200).get("events");
        List<String> types = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i + 1L);
            types.add(events.get(i).get("type").asText());
        }
        return types;
    }

    // ---- the customer on Klarna's side (Boost features and the purchase journey)

    protected final TestResponse sandboxPost(String template, List<String> params, String body, String... headers) {
        return call("POST", template, params, null, body, headers);
    }

    /** On-site messaging: the token of a pre-qualified (or not) customer session. */
    protected final String prequalify(Partner partner, String email, long amount) {
        JsonNode answer = ok(sandboxPost(PREQUALIFICATIONS, List.of(), json("client_id", partner.clientId(),
                "customer", object("email", email), "amount", amount, "currency", "EUR")), 201);
        return answer.get("interoperability_token").asText();
    }

    /** Sign in with Klarna, then the token exchange: the token of a signed-in session. */
    protected final String signIn(Partner partner, String email) {
        JsonNode signedIn = ok(sandboxPost(SIGN_INS, List.of(), json("client_id", partner.clientId(),
                "customer", object("email", email, "given_name", "Ada", "family_name", "Lovelace"),
                "scopes", List.of("payment:customer_present", "customer:login"))), 201);
        JsonNode exchanged = ok(sandboxPost(INTEROPERABILITY_TOKENS, List.of(), json("client_id", partner.clientId(),
                "customer_token", signedIn.get("customer_token").asText())), 201);
        return exchanged.get("interoperability_token").asText();
    }

    /** The express button: the Payment Request, SUBMITTED. */
    protected final TestResponse startExpress(Partner partner, String intent, long amount, List<?> lineItems) {
        return sandboxPost(EXPRESS_CHECKOUTS, List.of(), json("client_id", partner.clientId(), "intent", intent,
                "amount", amount, "currency", "EUR", "line_items", lineItems, "reference", "order-express"));
    }

    /** The customer's action on a Payment Request. */
    protected final TestResponse customer(Partner partner, String requestId, String action, Object... bodyPairs) {
        List<Object> pairs = new ArrayList<>(List.of("client_id", partner.clientId()));
        pairs.addAll(List.of(bodyPairs));
        return sandboxPost(CUSTOMER + action, params("id", requestId), json(pairs.toArray()));
    }

    /** The customer enters the journey and approves: the fresh token. */
    protected final String enterAndApprove(Partner partner, String requestId, String email) {
        ok(customer(partner, requestId, "start"), 200);
        JsonNode approved = ok(customer(partner, requestId, "approve", "customer", object("email", email)), 200);
        assertThat(approved.get("state").asText()).isEqualTo("COMPLETED");
        return approved.get("interoperability_token").asText();
    }

    // ---- the Acquiring Partner calling Klarna

    protected final String acquirerCredentials() {
        return "Basic " + Base64.getEncoder().encodeToString(
                ("acquirer:" + fixture.klarnaApiKey()).getBytes(StandardCharsets.UTF_8));
    }

    protected final TestResponse acquirerCall(String method, String template, List<String> params, String query,
            String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", acquirerCredentials()));
        all.addAll(List.of(headers));
        return call(method, template, params, query, body, all.toArray(String[]::new));
    }

    /** A fresh idempotency key: one per logical operation, as the Acquiring Partner's client sends. */
    protected static String freshKey() {
        return "key-" + UUID.randomUUID();
    }

    /**
     * {@code POST .../payment/authorize} for the account with {@code body}, a fresh {@code Klarna-Idempotency-Key}
     * (authorize requires one) and {@code headers}.
     */
    protected final TestResponse authorize(String accountId, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Klarna-Idempotency-Key", freshKey()));
        all.addAll(List.of(headers));
        return acquirerCall("POST", AUTHORIZE, params("pid", accountId), null, body, all.toArray(String[]::new));
    }

    /**
     * Asserts the problem of Klarna's AP-facing face: the status and code, and Klarna's error fields beside them
     * ({@code error_id} the correlation id, {@code error_type} of the status, {@code error_code} the code,
     * {@code error_message} the detail); answers its body.
     */
    protected static JsonNode klarnaProblem(TestResponse response, int status, String code, String errorType) {
        JsonNode problem = problem(response, status, code);
        assertThat(problem.path("error_code").asText()).as(response.body()).isEqualTo(code);
        assertThat(problem.path("error_type").asText()).as(response.body()).isEqualTo(errorType);
        assertThat(problem.path("error_message").asText()).isEqualTo(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("error_id").asText()).isEqualTo(problem.path("correlation_id").asText())
                .isEqualTo(response.header("Partner-Correlation-Id").orElseThrow());
        return problem;
    }
}
