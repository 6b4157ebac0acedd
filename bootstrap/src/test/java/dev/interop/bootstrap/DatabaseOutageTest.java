package dev.interop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.adapters.jdbc.EmbeddedPostgresSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database goes away while the server runs: requests get a clear 503 problem (never a 500 with a stack trace),
 * readiness says so, nothing half-written is visible when the database comes back, and the server recovers by itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private InteropServer server;

    @BeforeAll
    void start() {
        server = ServerFixtures.start(ServerFixtures.postgres(EmbeddedPostgresSupport.freshDatabase()).build());
    }

    @AfterAll
    void stop() {
        if (!EmbeddedPostgresSupport.isRunning()) {
            EmbeddedPostgresSupport.start();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void answers_503_while_the_database_is_down_writes_nothing_and_recovers() throws Exception {
        JsonNode partner = JSON.readTree(send("POST", "/admin/v1/partners", "Bearer " + ServerFixtures.ADMIN_KEY,
                "{\"name\":\"Shop\",\"integration_type\":\"SERVER_SIDE_ONLY\",\"dynamic_shipping\":true}").body());
        String prequalification = "{\"client_id\":\"" + partner.get("klarna_client_id").asText()
                + "\",\"customer\":{\"email\":\"ada@example.com\"},\"amount\":1000,\"currency\":\"EUR\"}";
        long sessionsBefore = count("klarna_customer_sessions");

        EmbeddedPostgresSupport.stop();
        try {
            HttpResponse<String> refused = send("POST", "/sandbox/klarna/v1/prequalifications", null, prequalification);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("code").asText()).isEqualTo("STORAGE_UNAVAILABLE");
            assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(503);
        } finally {
            EmbeddedPostgresSupport.start();
        }

        assertThat(count("klarna_customer_sessions")).isEqualTo(sessionsBefore);
        HttpResponse<String> recovered = sendUntilNot503("POST", "/sandbox/klarna/v1/prequalifications",
                prequalification);
        assertThat(recovered.statusCode()).as(recovered.body()).isEqualTo(201);
        assertThat(count("klarna_customer_sessions")).isEqualTo(sessionsBefore + 1);
        assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
    }

    /** Counts rows straight through the pool; retries past the connections that died with the old server. */
    private long count(String table) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 12; attempt++) {
            try {
                return server.database().jdbi().withHandle(handle -> handle
                        .createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            } catch (RuntimeException deadConnection) {
                last = deadConnection;
            }
        }
        throw last;
    }

    /** A pooled connection that died with the server fails once before the pool drops it (HikariCP's check delay). */
    private HttpResponse<String> sendUntilNot503(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, null, body);
        for (int attempt = 0; attempt < 5 && response.statusCode() == 503; attempt++) {
            response = send(method, path, null, body);
        }
        return response;
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
