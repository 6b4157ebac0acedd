package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    private static final int LIMIT = 1024;
    private static TestServer server;
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.testSettings().withMaxRequestBodyBytes(LIMIT), ReadinessCheck.alwaysReady(),
                routes -> routes
                        .post("/echo", ctx -> {
                            BodyReader body = BodyReader.of(ctx);
                            String text = body.requireString("text");
                            body.validate();
                            ctx.json(Map.of("length", text.length()));
                        })
                        .post("/bind", ctx -> ctx.json(ctx.bodyAsClass(Map.class)))
                        .post("/stream", ctx -> ctx.json(ctx.bodyStreamAsClass(Map.class)))
                        .post("/ignore", ctx -> ctx.json(Map.of("read", false))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A JSON object of exactly {@code size} bytes. */
    private static String bodyOfSize(int size) {
        String prefix = "{\"text\":\"";
        String suffix = "\"}";
        return prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix;
    }

    private static TestResponse chunked(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return server.send(request);
    }

    @Test
    void accepts_a_body_of_exactly_the_limit() {
        TestResponse response = server.post("/echo", bodyOfSize(LIMIT));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("length").asInt()).isEqualTo(LIMIT - 11);
    }

    @Test
    void refuses_a_declared_oversized_body_with_400_body_too_large() {
        TestResponse response = server.post("/echo", bodyOfSize(LIMIT + 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("BODY_TOO_LARGE");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void refuses_a_declared_oversized_body_even_when_the_route_never_reads_it() {
        TestResponse response = server.post("/ignore", bodyOfSize(LIMIT + 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("BODY_TOO_LARGE");
    }

    @Test
    void refuses_an_oversized_chunked_body_while_reading_it() {
        for (String path : new String[] {"/echo", "/bind", "/stream"}) {
            TestResponse response = chunked(path, bodyOfSize(LIMIT * 4));

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.json().get("code").asText()).as(path).isEqualTo("BODY_TOO_LARGE");
        }
    }

    @Test
    void accepts_a_small_chunked_body() {
        TestResponse response = chunked("/stream", "{\"a\": 1}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("a").asInt()).isEqualTo(1);
    }
}
