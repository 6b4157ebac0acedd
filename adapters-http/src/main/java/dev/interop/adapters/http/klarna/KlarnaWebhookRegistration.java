package dev.interop.adapters.http.klarna;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interop.adapters.http.Json;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * The Acquiring Partner's registration with Klarna's Notifications API ({@code /v2/notification/webhooks},
 * {@code docs/klarna-wire.md}): makes sure one webhook for this server's notification URL exists and learns a
 * signing key for it. An existing webhook for the URL (a restart) gets a fresh signing key by rotation, so pending
 * notifications keep their webhook and are signed with the key this instance now knows; otherwise a webhook for
 * {@code payment.request.state-change.*} is registered. The signing key is shown by Klarna only in these answers and
 * is kept in memory by the caller.
 */
public final class KlarnaWebhookRegistration {

    /** A signing key id and its secret, as Klarna answered them. */
    public record SigningKey(String webhookId, String keyId, String secret) {
        public SigningKey {
            Objects.requireNonNull(webhookId, "webhookId");
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "SigningKey[webhookId=" + webhookId + ", keyId=" + keyId + ", secret=…]";
        }
    }

    private static final ObjectMapper JSON = Json.newMapper();

    private final KlarnaClientSettings settings;
    private final HttpClient http;
    private final String authorization;

    public KlarnaWebhookRegistration(KlarnaClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (KlarnaHttpClient.BASIC_USER + ":" + settings.apiKey()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Ensures a webhook for {@code notificationUrl} and answers a signing key for it.
     *
     * @throws KlarnaUnavailableException when Klarna cannot be reached or answers other than documented
     */
    public SigningKey ensure(URI notificationUrl) {
        JsonNode list = call("GET", "/v2/notification/webhooks", null, 200);
        for (JsonNode webhook : list.path("webhooks")) {
            if (notificationUrl.toString().equals(webhook.path("url").asText())) {
                String id = webhook.path("webhook_id").asText();
                JsonNode rotated = call("POST", "/v2/notification/webhooks/" + id + "/signing-keys",
                        JSON.createObjectNode(), 201);
                return key(id, rotated);
            }
        }
        ObjectNode body = JSON.createObjectNode().put("url", notificationUrl.toString()).put("event_version", "v2")
                .put("status", "ENABLED");
        body.putArray("event_types").add("payment.request.state-change.*");
        JsonNode registered = call("POST", "/v2/notification/webhooks", body, 201);
        return key(registered.path("webhook_id").asText(), registered);
    }

    private static SigningKey key(String webhookId, JsonNode answer) {
        if (!answer.hasNonNull("signing_key_id") || !answer.hasNonNull("signing_key")) {
            throw new KlarnaUnavailableException("Klarna's webhook answer carries no signing key", null);
        }
        return new SigningKey(webhookId, answer.get("signing_key_id").asText(), answer.get("signing_key").asText());
    }

    private JsonNode call(String method, String path, JsonNode body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                    .timeout(settings.readTimeout()).header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .header(KlarnaHttpClient.IDEMPOTENCY_HEADER, UUID.randomUUID().toString())
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new KlarnaUnavailableException("Klarna answered " + response.statusCode() + " to " + method
                        + " " + path, null);
            }
            return JSON.readTree(response.body());
        } catch (IOException failure) {
            throw new KlarnaUnavailableException("Klarna's Notifications API did not answer: " + failure, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KlarnaUnavailableException("interrupted while registering the webhook", interrupted);
        }
    }
}
