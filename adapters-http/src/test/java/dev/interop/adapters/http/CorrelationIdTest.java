package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelationIdTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(routes -> routes.get("/mdc", ctx -> ctx.json(Map.of(
                "mdc", String.valueOf(MDC.get(CorrelationId.MDC_KEY)),
                "of", CorrelationId.of(ctx)))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void echoes_a_valid_correlation_id_and_puts_it_in_the_mdc() {
        TestResponse response = server.get("/mdc", "Partner-Correlation-Id", "partner-req:42_a.b-c");

        assertThat(response.header("Partner-Correlation-Id")).contains("partner-req:42_a.b-c");
        assertThat(response.json().get("mdc").asText()).isEqualTo("partner-req:42_a.b-c");
        assertThat(response.json().get("of").asText()).isEqualTo("partner-req:42_a.b-c");
    }

    @Test
    void generates_a_uuid_when_none_is_sent() {
        TestResponse first = server.get("/mdc");
        TestResponse second = server.get("/mdc");

        String id = first.header("Partner-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(first.json().get("mdc").asText()).isEqualTo(id);
        assertThat(second.header("Partner-Correlation-Id").orElseThrow()).isNotEqualTo(id);
    }

    @Test
    void replaces_an_unsafe_or_too_long_correlation_id_with_a_generated_one() {
        for (String unsafe : new String[] {"a".repeat(129), "has space", "semi;colon", "quote\"", "<script>"}) {
            TestResponse response = server.get("/mdc", "Partner-Correlation-Id", unsafe);

            String answered = response.header("Partner-Correlation-Id").orElseThrow();
            assertThat(answered).as(unsafe).isNotEqualTo(unsafe);
            assertThat(UUID.fromString(answered).toString()).as(unsafe).isEqualTo(answered);
        }
    }

    @Test
    void accepts_exactly_128_safe_characters() {
        String longest = "a".repeat(128);

        assertThat(server.get("/mdc", "Partner-Correlation-Id", longest).header("Partner-Correlation-Id"))
                .contains(longest);
    }

    @Test
    void puts_the_same_id_in_the_header_and_the_problem_of_an_error() {
        TestResponse sent = server.get("/missing", "Partner-Correlation-Id", "abc-123");
        TestResponse generated = server.get("/missing");

        assertThat(sent.header("Partner-Correlation-Id")).contains("abc-123");
        assertThat(sent.json().get("correlation_id").asText()).isEqualTo("abc-123");
        assertThat(generated.json().get("correlation_id").asText())
                .isEqualTo(generated.header("Partner-Correlation-Id").orElseThrow());
    }
}
