package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link BodyReader} behind a real route: what a controller reading a payment-like body would answer. */
class BodyReaderTest {

    enum Integration { SERVER_SIDE_ONLY, HOSTED_CHECKOUT }

    private static TestServer server;
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();

    @BeforeAll
    static void start() {
        server = TestServer.start(routes -> routes.post("/payments", ctx -> {
            BodyReader body = BodyReader.of(ctx);
            long amount = body.requireLong("amount");
            String currency = body.requireString("currency", 3);
            Optional<String> reference = body.optionalString("reference");
            Optional<Boolean> finalize = body.optionalBoolean("finalize");
            Optional<Integration> integration = body.optionalEnum("integration_type", Integration.class);
            Optional<BodyReader> stepUp = body.optionalObject("step_up");
            String returnUrl = stepUp.map(s -> s.requireString("return_url")).orElse(null);
            List<Long> lineAmounts = new ArrayList<>();
            for (BodyReader line : body.optionalObjects("line_items")) {
                lineAmounts.add(line.requireLong("amount"));
            }
            body.optionalString("a/b~c");
            if (amount < 0) {
                body.reject("amount", "must be positive");
            }
            body.validate();
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("amount", amount);
            echo.put("currency", currency);
            echo.put("reference", reference.orElse(null));
            echo.put("finalize", finalize.orElse(null));
            echo.put("integration_type", integration.map(Enum::name).orElse(null));
            echo.put("return_url", returnUrl);
            echo.put("line_amounts", lineAmounts);
            ctx.status(201).json(echo);
        }).post("/customers", ctx -> {
            BodyReader body = BodyReader.of(ctx);
            BodyReader customer = body.requireObject("customer");
            String email = customer.requireString("email");
            body.validate();
            ctx.json(Map.of("email", email));
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        problem.get("errors").forEach(error -> pointers.add(error.get("pointer").asText()));
        return pointers;
    }

    @Test
    void a_body_beyond_the_json_reader_s_limits_is_a_400_naming_the_limit_never_a_500() {
        String deep = "{\"amount\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        String longNumber = "{\"amount\": " + "9".repeat(1_200) + ", \"currency\": \"EUR\"}";

        for (String body : List.of(deep, longNumber)) {
            TestResponse response = server.post("/payments", body);

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.mediaType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("code").asText()).isEqualTo("JSON_LIMIT_EXCEEDED");
            assertThat(response.json().get("detail").asText()).contains("exceeds");
        }
    }

    @Test
    void reads_a_valid_body_and_ignores_unknown_fields() {
        TestResponse response = server.post("/payments", """
                {"amount": 1200, "currency": "EUR", "reference": "order-1", "finalize": true,
                 "integration_type": "HOSTED_CHECKOUT", "step_up": {"return_url": "https://shop/return"},
                 "line_items": [{"amount": 200}, {"amount": 1000}], "something_new": {"x": [1, 2]}}
                """);

        assertThat(response.status()).isEqualTo(201);
        JsonNode echo = response.json();
        assertThat(echo.get("amount").asLong()).isEqualTo(1200);
        assertThat(echo.get("currency").asText()).isEqualTo("EUR");
        assertThat(echo.get("reference").asText()).isEqualTo("order-1");
        assertThat(echo.get("finalize").asBoolean()).isTrue();
        assertThat(echo.get("integration_type").asText()).isEqualTo("HOSTED_CHECKOUT");
        assertThat(echo.get("return_url").asText()).isEqualTo("https://shop/return");
        assertThat(echo.get("line_amounts").toString()).isEqualTo("[200,1000]");
    }

    @Test
    void treats_null_optional_fields_as_absent() {
        TestResponse response = server.post("/payments",
                "{\"amount\": 1, \"currency\": \"EUR\", \"reference\": null, \"step_up\": null, \"line_items\": null}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().has("reference")).isFalse();
    }

    @Test
    void answers_malformed_json_with_malformed_json() {
        TestResponse response = server.post("/payments", "{\"amount\": 12,");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(response.json().has("errors")).isFalse();
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void answers_an_empty_body_trailing_garbage_and_duplicate_keys_with_malformed_json() {
        for (String body : List.of("", "   ", "{\"amount\": 1} {}", "{\"amount\": 1, \"amount\": 2}")) {
            TestResponse response = server.post("/payments", body);

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("code").asText()).as(body).isEqualTo("MALFORMED_JSON");
        }
    }

    @Test
    void answers_json_that_is_not_an_object_with_an_error_on_the_whole_body() {
        TestResponse response = server.post("/payments", "[1, 2]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(response.json().at("/errors/0/pointer").asText()).isEmpty();
        assertThat(response.json().at("/errors/0/reason").asText()).isEqualTo("must be a JSON object");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void rejects_a_fractional_amount_with_a_pointer_to_it() {
        TestResponse response = server.post("/payments", "{\"amount\": 12.5, \"currency\": \"EUR\"}");

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(pointers(problem)).containsExactly("/amount");
        assertThat(problem.at("/errors/0/reason").asText()).isEqualTo("must be an integer");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void rejects_integral_looking_fractions_exponents_strings_and_huge_numbers_for_an_integer() {
        Map<String, String> reasons = Map.of(
                "12.0", "must be an integer",
                "1e3", "must be an integer",
                "\"12\"", "must be an integer",
                "true", "must be an integer",
                "99999999999999999999", "is out of range");
        reasons.forEach((amount, reason) -> {
            TestResponse response = server.post("/payments", "{\"amount\": " + amount + ", \"currency\": \"EUR\"}");

            assertThat(response.status()).as(amount).isEqualTo(400);
            assertThat(pointers(response.json())).as(amount).containsExactly("/amount");
            assertThat(response.json().at("/errors/0/reason").asText()).as(amount).isEqualTo(reason);
        });
    }

    @Test
    void reports_every_field_error_at_once_in_the_order_read() {
        TestResponse response = server.post("/payments", """
                {"currency": 978, "reference": 5, "finalize": "yes", "integration_type": "hosted_checkout",
                 "step_up": {}, "line_items": [{"amount": 1}, {"amount": "2"}, 7], "a/b~c": false}
                """);

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(pointers(problem)).containsExactly(
                "/amount", "/currency", "/reference", "/finalize", "/integration_type", "/step_up/return_url",
                "/line_items/2", "/line_items/1/amount", "/a~1b~0c");
        assertThat(problem.at("/errors/0/reason").asText()).isEqualTo("is required");
        assertThat(problem.at("/errors/1/reason").asText()).isEqualTo("must be a string");
        assertThat(problem.at("/errors/3/reason").asText()).isEqualTo("must be a boolean");
        assertThat(problem.at("/errors/4/reason").asText()).isEqualTo("must be one of SERVER_SIDE_ONLY, HOSTED_CHECKOUT");
        assertThat(problem.at("/errors/6/reason").asText()).isEqualTo("must be an object");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void rejects_blank_required_strings_and_strings_over_their_length() {
        TestResponse response = server.post("/payments", "{\"amount\": 1, \"currency\": \"EURO\"}");
        TestResponse blank = server.post("/payments", "{\"amount\": 1, \"currency\": \"  \"}");

        assertThat(response.json().at("/errors/0/reason").asText()).isEqualTo("must be at most 3 characters");
        assertThat(blank.json().at("/errors/0/reason").asText()).isEqualTo("must not be blank");
    }

    @Test
    void adds_a_controllers_own_verdicts_to_the_field_errors() {
        TestResponse response = server.post("/payments", "{\"amount\": -5, \"currency\": \"EUR\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(pointers(response.json())).containsExactly("/amount");
        assertThat(response.json().at("/errors/0/reason").asText()).isEqualTo("must be positive");
    }

    @Test
    void reports_a_missing_nested_object_once_and_not_its_fields() {
        TestResponse missing = server.post("/customers", "{}");
        TestResponse wrongType = server.post("/customers", "{\"customer\": \"alice\"}");
        TestResponse missingField = server.post("/customers", "{\"customer\": {}}");

        assertThat(pointers(missing.json())).containsExactly("/customer");
        assertThat(missing.json().at("/errors/0/reason").asText()).isEqualTo("is required");
        assertThat(pointers(wrongType.json())).containsExactly("/customer");
        assertThat(wrongType.json().at("/errors/0/reason").asText()).isEqualTo("must be an object");
        assertThat(pointers(missingField.json())).containsExactly("/customer/email");
    }
}
