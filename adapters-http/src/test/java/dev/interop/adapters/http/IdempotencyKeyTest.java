package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static TestServer server;
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();

    @BeforeAll
    static void start() {
        server = TestServer.start(routes -> routes.post("/things", ctx -> ctx.json(Map.of(
                "key", IdempotencyKey.from(ctx).map(IdempotencyKey::value).orElse("(none)")))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void reads_a_valid_key() {
        TestResponse response = server.post("/things", "{}", "Idempotency-Key", "8e03978e-40d5-43e8-bc93-6894a57f9324");

        assertThat(response.json().get("key").asText()).isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
    }

    @Test
    void reads_no_key_when_the_header_is_absent() {
        assertThat(server.post("/things", "{}").json().get("key").asText()).isEqualTo("(none)");
    }

    @Test
    void accepts_255_characters_and_refuses_256_naming_the_header() {
        TestResponse longest = server.post("/things", "{}", "Idempotency-Key", "k".repeat(255));
        TestResponse tooLong = server.post("/things", "{}", "Idempotency-Key", "k".repeat(256));

        assertThat(longest.status()).isEqualTo(200);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("INVALID_HEADER");
        assertThat(tooLong.json().at("/errors/0/header").asText()).isEqualTo("Idempotency-Key");
        assertThat(tooLong.json().at("/errors/0/reason").asText()).isEqualTo("must be at most 255 characters");
        OPENAPI.assertMatchesSchema("Problem", tooLong.body());
    }

    @Test
    void refuses_keys_with_spaces() {
        TestResponse response = server.post("/things", "{}", "Idempotency-Key", "two words");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/header").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void validates_keys_built_in_code_too() {
        assertThatThrownBy(() -> new IdempotencyKey("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyKey("caf\u00e9")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdempotencyKey("!~").value()).isEqualTo("!~");
    }
}
