package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Binding a body to a record with {@code ctx.bodyAsClass} and answering records with {@code ctx.json}. */
class JsonBindingTest {

    enum Intent { AUTHORIZATION, PREPARATION }

    record LineItem(String name, long totalAmount) {
    }

    /** {@code finalize} cannot name a record component: the JSON name is given explicitly. */
    record ExpressCheckoutRequest(String clientId, Intent intent, long amount, String currency,
            @JsonProperty("finalize") boolean finalizePayment, List<LineItem> lineItems) {
    }

    record Created(String paymentRequestId, Instant expiresAt, String optionalNote) {
    }

    private static TestServer server;
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();

    @BeforeAll
    static void start() {
        server = TestServer.start(routes -> routes
                .post("/express", ctx -> {
                    ExpressCheckoutRequest request = ctx.bodyAsClass(ExpressCheckoutRequest.class);
                    ctx.status(201).json(request);
                })
                .get("/created", ctx -> ctx.json(
                        new Created("krn:payment-request:1", Instant.parse("2030-01-02T03:04:05Z"), null))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void binds_snake_case_fields_to_a_record_and_ignores_unknown_ones() {
        TestResponse response = server.post("/express", """
                {"client_id": "c-1", "intent": "PREPARATION", "amount": 990, "currency": "SEK", "finalize": true,
                 "line_items": [{"name": "socks", "total_amount": 990}], "unknown": 1}
                """);

        assertThat(response.status()).isEqualTo(201);
        JsonNode echo = response.json();
        assertThat(echo.get("client_id").asText()).isEqualTo("c-1");
        assertThat(echo.get("intent").asText()).isEqualTo("PREPARATION");
        assertThat(echo.at("/line_items/0/total_amount").asLong()).isEqualTo(990);
        assertThat(echo.get("finalize").asBoolean()).isTrue();
        assertThat(echo.has("unknown")).isFalse();
    }

    @Test
    void writes_records_in_snake_case_with_iso_instants_and_without_nulls() {
        TestResponse response = server.get("/created");

        assertThat(response.mediaType()).isEqualTo("application/json");
        assertThat(response.body())
                .isEqualTo("{\"payment_request_id\":\"krn:payment-request:1\",\"expires_at\":\"2030-01-02T03:04:05Z\"}");
    }

    @Test
    void answers_wrong_types_with_the_pointer_of_the_field() {
        String[][] cases = {
                {"{\"client_id\": \"c\", \"intent\": \"PREPARATION\", \"amount\": \"990\", \"currency\": \"SEK\", \"finalize\": true}", "/amount"},
                {"{\"client_id\": \"c\", \"intent\": \"PREPARATION\", \"amount\": 9.5, \"currency\": \"SEK\", \"finalize\": true}", "/amount"},
                {"{\"client_id\": 7, \"intent\": \"PREPARATION\", \"amount\": 1, \"currency\": \"SEK\", \"finalize\": true}", "/client_id"},
                {"{\"client_id\": \"c\", \"intent\": \"LATER\", \"amount\": 1, \"currency\": \"SEK\", \"finalize\": true}", "/intent"},
                {"{\"client_id\": \"c\", \"intent\": 0, \"amount\": 1, \"currency\": \"SEK\", \"finalize\": true}", "/intent"},
                {"{\"client_id\": \"c\", \"intent\": \"PREPARATION\", \"amount\": 1, \"currency\": \"SEK\", \"finalize\": 1}", "/finalize"},
                {"{\"client_id\": \"c\", \"intent\": \"PREPARATION\", \"amount\": 1, \"currency\": \"SEK\", \"finalize\": true, \"line_items\": [{\"total_amount\": \"x\"}]}", "/line_items/0/total_amount"},
        };
        for (String[] c : cases) {
            TestResponse response = server.post("/express", c[0]);

            assertThat(response.status()).as(c[0]).isEqualTo(400);
            assertThat(response.json().get("code").asText()).as(c[0]).isEqualTo("INVALID_FIELD");
            assertThat(response.json().at("/errors/0/pointer").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(response.body()).as(c[0]).doesNotContain("com.fasterxml", "dev.interop", "Cannot");
            OPENAPI.assertMatchesSchema("Problem", response.body());
        }
    }

    @Test
    void answers_a_missing_primitive_with_is_required_at_its_pointer() {
        TestResponse response = server.post("/express",
                "{\"client_id\": \"c\", \"intent\": \"PREPARATION\", \"currency\": \"SEK\", \"finalize\": true}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/pointer").asText()).isEqualTo("/amount");
        assertThat(response.json().at("/errors/0/reason").asText()).isEqualTo("is required");
    }

    @Test
    void answers_malformed_json_while_binding_with_malformed_json() {
        TestResponse response = server.post("/express", "{\"client_id\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("MALFORMED_JSON");
    }
}
