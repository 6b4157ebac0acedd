package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.adapters.http.testing.OpenApiValidator;
import org.junit.jupiter.api.Test;

/** The validator must be able to fail, or the contract tests built on it prove nothing. */
class OpenApiValidatorTest {

    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();
    private static final OpenApiValidator FIXTURE = OpenApiValidator.fromClasspath("openapi-fixture.json");

    private static final String VALID_PROBLEM = """
            {"type": "urn:interop:problem:invalid-field", "title": "Bad Request", "status": 400,
             "detail": "A field of the request is invalid.", "code": "INVALID_FIELD",
             "errors": [{"pointer": "/amount", "reason": "must be an integer"}], "correlation_id": "x"}
            """;

    @Test
    void accepts_a_valid_problem() {
        assertThat(OPENAPI.schemaErrors("Problem", VALID_PROBLEM)).isEmpty();
    }

    @Test
    void rejects_problems_that_break_the_schema() {
        assertThat(OPENAPI.schemaErrors("Problem", VALID_PROBLEM.replace("\"code\": \"INVALID_FIELD\",", "")))
                .anySatisfy(error -> assertThat(error).contains("code"));
        assertThat(OPENAPI.schemaErrors("Problem", VALID_PROBLEM.replace("\"status\": 400", "\"status\": 200")))
                .isNotEmpty();
        assertThat(OPENAPI.schemaErrors("Problem", VALID_PROBLEM.replace("INVALID_FIELD\"", "invalid-field\"")))
                .isNotEmpty();
        assertThat(OPENAPI.schemaErrors("Problem", VALID_PROBLEM.replace("\"pointer\": \"/amount\", ", "")))
                .isNotEmpty();
        assertThat(OPENAPI.schemaErrors("Problem",
                VALID_PROBLEM.replace("\"pointer\": \"/amount\"", "\"pointer\": \"/amount\", \"header\": \"X\"")))
                .isNotEmpty();
    }

    @Test
    void checks_a_response_against_its_operation_and_status() {
        assertThat(OPENAPI.responseErrors("GET", "/health/live", 200, "application/json", "{\"status\":\"UP\"}"))
                .isEmpty();
        assertThat(OPENAPI.responseErrors("GET", "/health/live", 200, "application/json", "{\"status\":\"DOWN\"}"))
                .isNotEmpty();
        assertThat(OPENAPI.responseErrors("GET", "/health/live", 500, "application/problem+json", VALID_PROBLEM))
                .as("falls back to the default response").isEmpty();
        assertThat(OPENAPI.responseErrors("GET", "/health/live", 500, "application/problem+json", "{}"))
                .isNotEmpty();
    }

    @Test
    void reports_undocumented_operations_and_media_types() {
        assertThat(OPENAPI.responseErrors("POST", "/health/live", 200, "application/json", "{}"))
                .singleElement().asString().contains("no operation");
        assertThat(OPENAPI.responseErrors("GET", "/health/live", 200, "text/html", "<p>"))
                .singleElement().asString().contains("no text/html content");
        assertThatThrownBy(() -> OPENAPI.schemaErrors("Nope", "{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolves_path_templates_with_braces_and_references_between_schemas() {
        String payment = "{\"id\": \"p-1\", \"amount\": {\"amount\": 100, \"currency\": \"EUR\"}}";

        assertThat(FIXTURE.responseErrors("GET", "/v1/payments/{id}", 200, "application/json", payment)).isEmpty();
        assertThat(FIXTURE.responseErrors("GET", "/v1/payments/{id}", 200, "application/json",
                payment.replace("100", "\"100\""))).isNotEmpty();
        assertThatThrownBy(() -> FIXTURE.assertResponse("GET", "/v1/payments/{id}", 200, "application/json",
                "{\"id\": 1}")).isInstanceOf(AssertionError.class).hasMessageContaining("/v1/payments/{id}");
    }
}
