package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OperationsRoutesTest {

    private static final AtomicBoolean READY = new AtomicBoolean(true);
    private static final AtomicBoolean CHECK_THROWS = new AtomicBoolean(false);
    private static TestServer server;
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.testSettings(), () -> {
            if (CHECK_THROWS.get()) {
                throw new IllegalStateException("jdbc:postgresql://db:5432 password=hunter2 refused");
            }
            return READY.get();
        }, routes -> routes.get("/things/{id}", ctx -> ctx.json(Map.of("id", ctx.pathParam("id")))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_liveness_with_up() {
        TestResponse response = server.get("/health/live");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        OPENAPI.assertResponse("GET", "/health/live", response);
    }

    @Test
    void answers_readiness_with_up_when_the_check_passes() {
        READY.set(true);
        TestResponse response = server.get("/health/ready");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        OPENAPI.assertResponse("GET", "/health/ready", response);
    }

    @Test
    void answers_readiness_with_a_503_problem_when_the_check_fails_or_throws() {
        READY.set(false);
        TestResponse down;
        TestResponse broken;
        try {
            down = server.get("/health/ready");
            CHECK_THROWS.set(true);
            broken = server.get("/health/ready");
        } finally {
            READY.set(true);
            CHECK_THROWS.set(false);
        }

        for (TestResponse response : new TestResponse[] {down, broken}) {
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.mediaType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("code").asText()).isEqualTo("NOT_READY");
            assertThat(response.header("Retry-After")).contains("5");
            assertThat(response.body()).doesNotContain("hunter2", "jdbc");
            OPENAPI.assertResponse("GET", "/health/ready", response);
        }
    }

    @Test
    void records_requests_by_route_template_never_by_raw_path() {
        server.get("/things/4711");
        server.get("/things/4712");
        server.get("/nowhere/4713");

        TestResponse metrics = server.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/things/\\{id}\",status=\"200\"} [2-9]")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"UNMATCHED\",status=\"404\"}")
                .contains("http_server_requests_seconds_sum{method=\"GET\",route=\"/things/{id}\",status=\"200\"}")
                .doesNotContain("/things/4711", "/things/4712", "/nowhere/4713", "route=\"/nowhere");
        OPENAPI.assertResponse("GET", "/metrics", metrics.status(), metrics.mediaType(), "\"text\"");
    }

    @Test
    void serves_the_openapi_document_from_the_classpath() throws Exception {
        TestResponse response = server.get("/openapi.json");

        String resource;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("application/json");
        assertThat(response.body()).isEqualTo(resource);
        assertThat(response.json().get("openapi").asText()).startsWith("3.1");
        OPENAPI.assertResponse("GET", "/openapi.json", response);
    }

    @Test
    void describes_every_operational_route_in_the_openapi_document() {
        JsonNode paths = OPENAPI.document().get("paths");
        Iterator<String> names = paths.fieldNames();
        java.util.List<String> documented = new java.util.ArrayList<>();
        names.forEachRemaining(documented::add);

        assertThat(documented).contains("/health/live", "/health/ready", "/metrics", "/openapi.json");
    }
}
