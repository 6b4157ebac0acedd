package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static final String ADMIN_KEY = "adm_Zr8sQ1vL3kPx9T";
    private static final String PARTNER_KEY = "pk_live_7Hq2mN4bV8cX1z";
    private static final String KLARNA_PASSWORD = "kl-pw-Yt5rE3wQ9u";
    private static TestServer server;
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();

    @BeforeAll
    static void start() {
        server = TestServer.start(routes -> routes
                .before("/admin/*", Authentication.bearerKeyGuard("interop-admin", () -> ADMIN_KEY))
                .get("/admin/v1/partners", ctx -> ctx.json(Map.of("ok", true)))
                .get("/v1/whoami", ctx -> {
                    String partner = Authentication.authenticateBearer(ctx, "interop",
                            key -> Authentication.constantTimeEquals(key, PARTNER_KEY)
                                    ? Optional.of("partner-1") : Optional.empty());
                    ctx.json(Map.of("partner", partner));
                })
                .get("/sandbox/klarna/v2/ping", ctx -> {
                    Authentication.requireBasicPassword(ctx, "klarna-sandbox", "acquirer", KLARNA_PASSWORD);
                    ctx.json(Map.of("ok", true));
                }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertUnauthenticated(TestResponse response, String challengePrefix) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith(challengePrefix));
        assertThat(response.body()).doesNotContain(ADMIN_KEY, PARTNER_KEY, KLARNA_PASSWORD, "wrong-key");
        OPENAPI.assertMatchesSchema("Problem", response.body());
    }

    @Test
    void lets_the_right_admin_key_through() {
        TestResponse response = server.get("/admin/v1/partners", "Authorization", "Bearer " + ADMIN_KEY);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void accepts_the_scheme_in_any_case() {
        TestResponse response = server.get("/admin/v1/partners", "Authorization", "bearer " + ADMIN_KEY);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void challenges_a_request_without_credentials() {
        TestResponse response = server.get("/admin/v1/partners");

        assertUnauthenticated(response, "Bearer realm=\"interop-admin\"");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).doesNotContain("error="));
    }

    @Test
    void refuses_a_wrong_admin_key_as_an_invalid_token() {
        TestResponse response = server.get("/admin/v1/partners", "Authorization", "Bearer wrong-key");

        assertUnauthenticated(response, "Bearer realm=\"interop-admin\", error=\"invalid_token\"");
    }

    @Test
    void refuses_malformed_authorization_headers() {
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer a b", "Token " + ADMIN_KEY, ADMIN_KEY,
                basic("admin", ADMIN_KEY)}) {
            TestResponse response = server.get("/admin/v1/partners", "Authorization", header);

            assertThat(response.status()).as(header).isEqualTo(401);
            assertThat(response.json().get("code").asText()).as(header).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void guards_unknown_paths_under_the_protected_prefix_too() {
        TestResponse response = server.get("/admin/v1/secret-route-that-does-not-exist");

        assertUnauthenticated(response, "Bearer realm=\"interop-admin\"");
    }

    @Test
    void resolves_a_partner_from_its_api_key() {
        TestResponse known = server.get("/v1/whoami", "Authorization", "Bearer " + PARTNER_KEY);
        TestResponse unknown = server.get("/v1/whoami", "Authorization", "Bearer " + ADMIN_KEY);

        assertThat(known.status()).isEqualTo(200);
        assertThat(known.json().get("partner").asText()).isEqualTo("partner-1");
        assertUnauthenticated(unknown, "Bearer realm=\"interop\", error=\"invalid_token\"");
    }

    @Test
    void checks_basic_credentials_of_the_klarna_sandbox() {
        TestResponse right = server.get("/sandbox/klarna/v2/ping", "Authorization", basic("acquirer", KLARNA_PASSWORD));
        TestResponse wrongPassword = server.get("/sandbox/klarna/v2/ping", "Authorization", basic("acquirer", "nope"));
        TestResponse wrongUser = server.get("/sandbox/klarna/v2/ping", "Authorization", basic("someone", KLARNA_PASSWORD));
        TestResponse notBase64 = server.get("/sandbox/klarna/v2/ping", "Authorization", "Basic !!!");
        TestResponse noColon = server.get("/sandbox/klarna/v2/ping", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("acquirer".getBytes(StandardCharsets.UTF_8)));
        TestResponse missing = server.get("/sandbox/klarna/v2/ping");

        assertThat(right.status()).isEqualTo(200);
        for (TestResponse refused : new TestResponse[] {wrongPassword, wrongUser, notBase64, noColon, missing}) {
            assertUnauthenticated(refused, "Basic realm=\"klarna-sandbox\"");
        }
    }

    @Test
    void parses_bearer_tokens_by_the_rfc_6750_syntax() {
        assertThat(Credentials.parse("Bearer abc-._~+/09==")).contains(new Credentials.Bearer("abc-._~+/09=="));
        assertThat(Credentials.parse("Bearer ==")).isEmpty();
        assertThat(Credentials.parse("Bearer a=b")).isEmpty();
        assertThat(Credentials.parse("Bearer caf\u00e9")).isEmpty();
        assertThat(Credentials.parse(null)).isEmpty();
    }

    @Test
    void a_password_may_contain_colons() {
        assertThat(Credentials.parse(basic("acquirer", "a:b:c")))
                .contains(new Credentials.Basic("acquirer", "a:b:c"));
    }

    @Test
    void never_logs_a_presented_or_expected_secret() {
        String log;
        try (LogCapture logs = new LogCapture()) {
            server.get("/admin/v1/partners", "Authorization", "Bearer " + ADMIN_KEY);
            server.get("/admin/v1/partners", "Authorization", "Bearer wrong-key-Qz81");
            server.get("/v1/whoami", "Authorization", "Bearer " + PARTNER_KEY);
            server.get("/sandbox/klarna/v2/ping", "Authorization", basic("acquirer", KLARNA_PASSWORD));
            server.get("/sandbox/klarna/v2/ping", "Authorization", basic("acquirer", "wrong-pw-Zx7"));
            log = logs.everything();
        }

        assertThat(log).contains("/admin/v1/partners");
        assertThat(log).doesNotContain(ADMIN_KEY, PARTNER_KEY, KLARNA_PASSWORD, "wrong-key-Qz81", "wrong-pw-Zx7");
    }

    @Test
    void credentials_do_not_show_their_secrets_in_to_string() {
        assertThat(new Credentials.Bearer(PARTNER_KEY).toString()).doesNotContain(PARTNER_KEY);
        assertThat(new Credentials.Basic("acquirer", KLARNA_PASSWORD).toString())
                .contains("acquirer").doesNotContain(KLARNA_PASSWORD);
    }

    @Test
    void compares_secrets_by_value_whatever_their_lengths() {
        assertThat(Authentication.constantTimeEquals("s3cret", "s3cret")).isTrue();
        assertThat(Authentication.constantTimeEquals("s3cret", "s3creT")).isFalse();
        assertThat(Authentication.constantTimeEquals("s3cret", "s3cret-and-more")).isFalse();
        assertThat(Authentication.constantTimeEquals("", "")).isTrue();
        assertThat(Authentication.constantTimeEquals(null, "x")).isFalse();
        assertThat(Authentication.constantTimeEquals("x", null)).isFalse();
    }
}
