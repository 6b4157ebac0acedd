package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private static final String SECRET_MESSAGE = "db password is hunter2";
    private static TestServer server;
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();

    @BeforeAll
    static void start() {
        server = TestServer.start(routes -> routes
                .get("/things/{id}", ctx -> ctx.json(Map.of("id", ctx.pathParam("id"))))
                .post("/things", ctx -> ctx.status(201).json(Map.of("created", true)))
                .get("/boom", ctx -> {
                    throw new IllegalStateException(SECRET_MESSAGE);
                })
                .get("/error", ctx -> {
                    throw new AssertionError(SECRET_MESSAGE);
                })
                .get("/conflict", ctx -> {
                    throw ProblemException.of(409, "PAYMENT_REQUEST_NOT_UPDATABLE", "Not updatable now.")
                            .withHeader("Retry-After", "3");
                })
                .get("/numbers/{n}", ctx -> ctx.json(Map.of("n", ctx.pathParamAsClass("n", Integer.class).get())))
                .get("/sandbox/klarna/v2/conflict", ctx -> {
                    throw ProblemException.of(409, "PAYMENT_REQUEST_FINAL", "The request is final.");
                })
                .get("/sandbox/klarna/v2/fields", ctx -> {
                    throw ProblemException.badRequest("INVALID_FIELD", "Fields are invalid.", List.of(
                            FieldError.body("/amount", "must be an integer"),
                            FieldError.header("Klarna-Idempotency-Key", "is required"),
                            FieldError.parameter("currency", "is required")));
                })
                .get("/sandbox/klarna/v2/boom", ctx -> {
                    throw new IllegalStateException(SECRET_MESSAGE);
                })
                .get("/sandbox/klarna/v2-like/conflict", ctx -> {
                    throw ProblemException.of(409, "PAYMENT_REQUEST_FINAL", "The request is final.");
                }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_an_unknown_route_with_a_404_problem() {
        TestResponse response = server.get("/no/such/route");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("type").asText()).isEqualTo("urn:interop:problem:not-found");
        assertThat(problem.get("title").asText()).isEqualTo("Not Found");
        assertThat(problem.get("instance").asText()).isEqualTo("/no/such/route");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void answers_a_wrong_method_with_a_405_problem_naming_the_allowed_methods() {
        TestResponse response = server.send("DELETE", "/things/1", null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("GET");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void answers_a_wrong_method_with_a_problem_even_to_a_browser() {
        TestResponse response = server.send("PUT", "/things", "{}", "Accept", "text/html");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void answers_an_unexpected_exception_with_a_bare_500_and_logs_it_once_with_the_correlation_id() {
        TestResponse response;
        List<ILoggingEvent> errors;
        try (LogCapture logs = new LogCapture()) {
            response = server.get("/boom", "Partner-Correlation-Id", "trace-500");
            errors = logs.events().stream().filter(event -> event.getLevel() == Level.ERROR).toList();
        }

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.get("detail").asText()).isEqualTo(ProblemResponses.INTERNAL_ERROR_DETAIL);
        assertThat(problem.get("correlation_id").asText()).isEqualTo("trace-500");
        assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "Exception", "at dev.");
        OPENAPI.assertMatchesSchema("Problem", response.body());

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage()).contains("trace-500", "GET", "/boom");
        assertThat(errors.get(0).getMDCPropertyMap()).containsEntry("correlation_id", "trace-500");
        assertThat(errors.get(0).getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void answers_a_java_lang_error_with_the_same_bare_500_problem() {
        TestResponse response = server.get("/error", "Partner-Correlation-Id", "trace-error");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(response.json().get("correlation_id").asText()).isEqualTo("trace-error");
        assertThat(response.body()).doesNotContain("hunter2", "AssertionError");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void writes_a_controllers_problem_exception_with_its_status_code_and_headers() {
        TestResponse response = server.get("/conflict");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.header("Retry-After")).contains("3");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("PAYMENT_REQUEST_NOT_UPDATABLE");
        assertThat(problem.get("type").asText()).isEqualTo("urn:interop:problem:payment-request-not-updatable");
        assertThat(problem.get("title").asText()).isEqualTo("Conflict");
        assertThat(problem.get("detail").asText()).isEqualTo("Not updatable now.");
        assertThat(problem.has("errors")).isFalse();
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void answers_an_invalid_path_parameter_with_a_400_naming_the_parameter() {
        TestResponse response = server.get("/numbers/twelve");

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(problem.at("/errors/0/parameter").asText()).isEqualTo("n");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void answers_a_request_jetty_refuses_itself_with_a_problem_instead_of_an_html_page() throws Exception {
        String rawResponse;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /things/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(HttpServerFactory.MAX_REQUEST_HEADER_BYTES + 1_000)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            rawResponse = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(rawResponse).startsWith("HTTP/1.1 431");
        assertThat(rawResponse).containsIgnoringCase("Content-Type: application/problem+json");
        String body = rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
        assertThat(body).doesNotContain("<html");
        OPENAPI.assertMatchesSchema("Problem", body);
    }

    // ---- Klarna's AP-facing face

    @Test
    void adds_klarnas_error_fields_to_every_problem_under_the_v2_face() {
        TestResponse conflict = server.get("/sandbox/klarna/v2/conflict", "Partner-Correlation-Id", "trace-klarna");
        TestResponse unknown = server.get("/sandbox/klarna/v2/no/such/route");
        TestResponse boom;
        try (LogCapture ignored = new LogCapture()) {
            boom = server.get("/sandbox/klarna/v2/boom");
        }

        JsonNode problem = conflict.json();
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.mediaType()).isEqualTo("application/problem+json");
        assertThat(problem.get("code").asText()).isEqualTo("PAYMENT_REQUEST_FINAL");
        assertThat(problem.get("error_code").asText()).isEqualTo("PAYMENT_REQUEST_FINAL");
        assertThat(problem.get("error_type").asText()).isEqualTo("RESOURCE_ERROR");
        assertThat(problem.get("error_message").asText()).isEqualTo("The request is final.");
        assertThat(problem.get("error_id").asText()).isEqualTo("trace-klarna");
        assertThat(problem.get("correlation_id").asText()).isEqualTo("trace-klarna");
        assertThat(problem.has("validation_errors")).isFalse();
        OPENAPI.assertMatchesSchema("KlarnaProblem", conflict.body());
        assertThat(unknown.json().get("error_type").asText()).isEqualTo("RESOURCE_ERROR");
        OPENAPI.assertMatchesSchema("KlarnaProblem", unknown.body());
        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.json().get("error_type").asText()).isEqualTo("TECHNICAL_ERROR");
        assertThat(boom.json().get("error_message").asText()).isEqualTo(ProblemResponses.INTERNAL_ERROR_DETAIL);
        assertThat(boom.body()).doesNotContain("hunter2", "IllegalStateException");
        OPENAPI.assertMatchesSchema("KlarnaProblem", boom.body());
    }

    @Test
    void lists_a_v2_problems_field_errors_as_klarnas_validation_errors() {
        TestResponse response = server.get("/sandbox/klarna/v2/fields");

        JsonNode problem = response.json();
        assertThat(problem.get("error_type").asText()).isEqualTo("INPUT_ERROR");
        assertThat(problem.at("/validation_errors/0/parameter").asText()).isEqualTo("/amount");
        assertThat(problem.at("/validation_errors/0/reason").asText()).isEqualTo("must be an integer");
        assertThat(problem.at("/validation_errors/1/parameter").asText()).isEqualTo("Klarna-Idempotency-Key");
        assertThat(problem.at("/validation_errors/2/parameter").asText()).isEqualTo("currency");
        assertThat(problem.get("errors")).hasSize(3);
        OPENAPI.assertMatchesSchema("KlarnaProblem", response.body());
    }

    @Test
    void leaves_problems_outside_the_v2_face_as_they_are() {
        for (TestResponse response : List.of(server.get("/conflict"), server.get("/sandbox/klarna/v2-like/conflict"),
                server.get("/no/such/route"))) {
            assertThat(response.json().has("error_id") || response.json().has("error_type")
                    || response.json().has("error_code") || response.json().has("error_message"))
                    .as(response.body()).isFalse();
        }
    }

    @Test
    void classifies_every_error_status_as_klarna_does() {
        assertThat(KlarnaErrorFields.errorType(400)).isEqualTo("INPUT_ERROR");
        assertThat(KlarnaErrorFields.errorType(422)).isEqualTo("INPUT_ERROR");
        assertThat(KlarnaErrorFields.errorType(401)).isEqualTo("ACCESS_ERROR");
        assertThat(KlarnaErrorFields.errorType(403)).isEqualTo("ACCESS_ERROR");
        assertThat(KlarnaErrorFields.errorType(404)).isEqualTo("RESOURCE_ERROR");
        assertThat(KlarnaErrorFields.errorType(409)).isEqualTo("RESOURCE_ERROR");
        assertThat(KlarnaErrorFields.errorType(500)).isEqualTo("TECHNICAL_ERROR");
        assertThat(KlarnaErrorFields.errorType(503)).isEqualTo("TECHNICAL_ERROR");
        assertThat(KlarnaErrorFields.applyTo("/sandbox/klarna/v2")).isTrue();
        assertThat(KlarnaErrorFields.applyTo("/sandbox/klarna/v2/accounts/x/payment/authorize")).isTrue();
        assertThat(KlarnaErrorFields.applyTo("/sandbox/klarna/v1/prequalifications")).isFalse();
        assertThat(KlarnaErrorFields.applyTo("/sandbox/klarna/v20")).isFalse();
    }
}
