package dev.interop.adapters.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.klarna.application.service.DeleteWebhookService;
import dev.interop.klarna.application.service.ListWebhooksService;
import dev.interop.klarna.application.service.RegisterWebhookService;
import dev.interop.klarna.application.service.RotateSigningKeyService;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.service.RunIdempotentlyService;
import dev.interop.shared.application.system.RandomIdGenerator;
import dev.interop.shared.application.system.SecureTokenGenerator;
import dev.interop.shared.application.system.SystemClock;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sandbox's {@code /v2/notification/webhooks} over real HTTP, on the real services in memory; one server, its
 * webhooks deleted before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KlarnaWebhooksControllerTest {

    private static final String API_KEY = "klarna-secret";
    private static final String WEBHOOKS = "/sandbox/klarna/v2/notification/webhooks";
    private static final String REGISTRATION = """
            {"url": "https://ap.example/klarna/v1/notifications",
             "event_types": ["payment.request.state-change.*"], "event_version": "v2", "status": "ENABLED"}""";

    private final KlarnaStorage storage = InMemoryKlarnaStorage.create();
    private TestServer server;

    @BeforeAll
    void start() {
        var ids = new RandomIdGenerator();
        var secrets = new SecureTokenGenerator();
        var clock = new SystemClock();
        server = TestServer.start(new KlarnaWebhooksController(new KlarnaWebhooksController.UseCases(
                new RegisterWebhookService(storage.webhooks(), ids, secrets, clock, storage.unitOfWork()),
                new ListWebhooksService(storage.webhooks()),
                new DeleteWebhookService(storage.webhooks(), storage.unitOfWork()),
                new RotateSigningKeyService(storage.webhooks(), ids, secrets, clock, storage.unitOfWork()),
                new RunIdempotentlyService(storage.idempotency(), storage.unitOfWork(), clock)),
                SecretCheck.equalTo(() -> API_KEY)));
    }

    @BeforeEach
    void forgetWebhooks() {
        storage.webhooks().findAll().forEach(webhook -> storage.webhooks().delete(webhook.id()));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static final String AUTH = basic("acquirer", API_KEY);

    private JsonNode registered() {
        TestResponse response = server.post(WEBHOOKS, REGISTRATION, "Authorization", AUTH);
        assertThat(response.status()).isEqualTo(201);
        return response.json();
    }

    @Test
    void registers_a_webhook_and_shows_its_signing_key_once() {
        JsonNode webhook = registered();

        assertThat(webhook.path("webhook_id").asText()).startsWith(Webhook.ID_PREFIX);
        assertThat(webhook.path("url").asText()).isEqualTo("https://ap.example/klarna/v1/notifications");
        assertThat(webhook.path("event_types").get(0).asText()).isEqualTo("payment.request.state-change.*");
        assertThat(webhook.path("event_version").asText()).isEqualTo("v2");
        assertThat(webhook.path("status").asText()).isEqualTo("ENABLED");
        assertThat(webhook.path("signing_key_id").asText()).startsWith(SigningKey.ID_PREFIX);
        assertThat(webhook.path("signing_key").asText()).startsWith(SigningKey.SECRET_PREFIX).hasSizeGreaterThan(50);

        TestResponse listed = server.get(WEBHOOKS, "Authorization", AUTH);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("webhooks")).hasSize(1);
        assertThat(listed.json().path("webhooks").get(0).path("signing_key_id").asText())
                .isEqualTo(webhook.path("signing_key_id").asText());
        assertThat(listed.body()).doesNotContain(webhook.path("signing_key").asText());
    }

    @Test
    void a_replayed_registration_answers_the_same_webhook_without_the_key() {
        TestResponse first = server.post(WEBHOOKS, REGISTRATION, "Authorization", AUTH, "Idempotency-Key", "reg-1");
        TestResponse replay = server.post(WEBHOOKS, REGISTRATION, "Authorization", AUTH, "Idempotency-Key", "reg-1");

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.json().path("webhook_id")).isEqualTo(first.json().path("webhook_id"));
        assertThat(replay.json().has("signing_key")).isFalse();
        assertThat(server.get(WEBHOOKS, "Authorization", AUTH).json().path("webhooks")).hasSize(1);
    }

    @Test
    void rotation_shows_a_new_key_once() {
        JsonNode webhook = registered();
        String id = webhook.path("webhook_id").asText();

        TestResponse rotated = server.post(WEBHOOKS + "/" + id + "/signing-keys", null, "Authorization", AUTH);

        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.json().path("webhook_id").asText()).isEqualTo(id);
        assertThat(rotated.json().path("signing_key_id").asText()).startsWith(SigningKey.ID_PREFIX)
                .isNotEqualTo(webhook.path("signing_key_id").asText());
        assertThat(rotated.json().path("signing_key").asText()).isNotEqualTo(webhook.path("signing_key").asText());
        assertThat(storage.webhooks().findById(id).get().signingKey().id())
                .isEqualTo(rotated.json().path("signing_key_id").asText());
    }

    @Test
    void deletes_a_webhook_then_it_is_not_found() {
        String id = registered().path("webhook_id").asText();

        assertThat(server.send("DELETE", WEBHOOKS + "/" + id, null, "Authorization", AUTH).status()).isEqualTo(204);

        TestResponse again = server.send("DELETE", WEBHOOKS + "/" + id, null, "Authorization", AUTH);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
        assertThat(server.post(WEBHOOKS + "/" + id + "/signing-keys", null, "Authorization", AUTH).status())
                .isEqualTo(404);
        assertThat(server.post(WEBHOOKS + "/not-a-webhook/signing-keys", null, "Authorization", AUTH).status())
                .isEqualTo(404);
    }

    @Test
    void refuses_an_invalid_registration_naming_the_field() {
        TestResponse badUrl = server.post(WEBHOOKS, REGISTRATION.replace("https://ap.example", "ftp://ap.example"),
                "Authorization", AUTH);
        TestResponse badType = server.post(WEBHOOKS, REGISTRATION.replace("state-change.*", "state-changes.*"),
                "Authorization", AUTH);
        TestResponse noTypes = server.post(WEBHOOKS, "{\"url\": \"https://ap.example/x\"}", "Authorization", AUTH);

        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/url");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/event_types/0");
        assertThat(noTypes.status()).isEqualTo(400);
        assertThat(storage.webhooks().findAll()).isEmpty();
    }

    @Test
    void every_path_needs_the_acquirer_s_klarna_credentials() {
        assertThat(server.post(WEBHOOKS, REGISTRATION).status()).isEqualTo(401);
        assertThat(server.post(WEBHOOKS, REGISTRATION, "Authorization", basic("acquirer", "wrong")).status())
                .isEqualTo(401);
        assertThat(server.get(WEBHOOKS, "Authorization", basic("someone", API_KEY)).status()).isEqualTo(401);
        assertThat(server.send("DELETE", WEBHOOKS + "/x", null).status()).isEqualTo(401);
        assertThat(server.get("/sandbox/klarna/v2/notification/unknown").status()).isEqualTo(401);
        assertThat(storage.webhooks().findAll()).isEmpty();
    }
}
