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
        server = TestServer.start(routes -> routes
                .post("/things", ctx -> ctx.json(Map.of(
                        "key", IdempotencyKey.from(ctx).map(IdempotencyKey::value).orElse("(none)"))))
                .post("/klarna/things", ctx -> ctx.json(Map.of(
                        "key", IdempotencyKey.fromKlarna(ctx).map(IdempotencyKey::value).orElse("(none)"))))
                .post("/klarna/required", ctx -> ctx.json(Map.of("key", IdempotencyKey.requireKlarna(ctx).value()))));
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

    @Test
    void reads_klarnas_header_or_the_standard_one_as_one_key() {
        assertThat(server.post("/klarna/things", "{}", "Klarna-Idempotency-Key", "k-1").json().get("key").asText())
                .isEqualTo("k-1");
        assertThat(server.post("/klarna/things", "{}", "Idempotency-Key", "k-2").json().get("key").asText())
                .isEqualTo("k-2");
        assertThat(server.post("/klarna/things", "{}", "Klarna-Idempotency-Key", "k-3", "Idempotency-Key", "k-3")
                .json().get("key").asText()).isEqualTo("k-3");
        assertThat(server.post("/klarna/things", "{}").json().get("key").asText()).isEqualTo("(none)");
        assertThat(server.post("/things", "{}", "Klarna-Idempotency-Key", "k-4").json().get("key").asText())
                .as("Klarna's header belongs to Klarna's face").isEqualTo("(none)");
    }

    @Test
    void refuses_two_different_keys_and_a_malformed_klarna_key_naming_the_headers() {
        TestResponse different = server.post("/klarna/things", "{}", "Klarna-Idempotency-Key", "k-1",
                "Idempotency-Key", "k-2");
        TestResponse malformed = server.post("/klarna/things", "{}", "Klarna-Idempotency-Key", "k".repeat(256));

        assertThat(different.status()).isEqualTo(400);
        assertThat(different.json().get("code").asText()).isEqualTo("INVALID_HEADER");
        assertThat(different.json().at("/errors/0/header").asText()).isEqualTo("Klarna-Idempotency-Key");
        assertThat(different.json().at("/errors/1/header").asText()).isEqualTo("Idempotency-Key");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/errors/0/header").asText()).isEqualTo("Klarna-Idempotency-Key");
        OPENAPI.assertMatchesSchema("Problem", different.body());
    }

    @Test
    void requires_a_key_where_the_operation_needs_one_naming_klarnas_header() {
        TestResponse missing = server.post("/klarna/required", "{}");
        TestResponse standard = server.post("/klarna/required", "{}", "Idempotency-Key", "k-1");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").asText()).isEqualTo("INVALID_HEADER");
        assertThat(missing.json().at("/errors/0/header").asText()).isEqualTo("Klarna-Idempotency-Key");
        assertThat(standard.json().get("key").asText()).isEqualTo("k-1");
    }
}
