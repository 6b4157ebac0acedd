package dev.interop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.adapters.jdbc.DatabaseSettings;
import dev.interop.adapters.jdbc.EmbeddedPostgresSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two servers on different ports sharing one PostgreSQL, as a scaled-out deployment runs: each has its own pool,
 * they share only the database (and the sealing key, which a cluster must share).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private InteropServer first;
    private InteropServer second;

    @BeforeAll
    void start_two_servers_on_one_database() {
        DatabaseSettings database = EmbeddedPostgresSupport.freshDatabase();
        String sealingKey = ServerFixtures.sealingKey();
        first = ServerFixtures.start(ServerFixtures.postgres(database).sealingKey(sealingKey).build());
        second = ServerFixtures.start(ServerFixtures.postgres(database).sealingKey(sealingKey).build());
    }

    @AfterAll
    void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void a_multi_step_express_journey_started_on_one_instance_finishes_on_the_other() throws Exception {
        JsonNode partner = createPartner(first, "HOSTED_CHECKOUT", false);
        String token = approvedPreparation(partner, first, second);

        JsonNode session = send(first, "POST", "/v1/checkout-sessions", bearer(partner),
                "{\"amount\":10000,\"currency\":\"EUR\",\"klarna_network_session_token\":\"" + token + "\"}", 201);
        JsonNode read = send(second, "GET", "/v1/checkout-sessions/" + session.get("id").asText(), bearer(partner),
                null, 200);
        assertThat(read.get("journey").asText()).isEqualTo("EXPRESS_CHECKOUT_MULTI_STEP");

        JsonNode payment = send(second, "POST", "/v1/payments", bearer(partner), finalizeBody(session), 201);

        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        JsonNode seenFromFirst = send(first, "GET", "/v1/payments/" + payment.get("id").asText(), bearer(partner),
                null, 200);
        assertThat(seenFromFirst.get("status").asText()).isEqualTo("AUTHORIZED");
    }

    @Test
    void concurrent_finalization_on_both_instances_authorizes_exactly_one_payment() throws Exception {
        JsonNode partner = createPartner(second, "SERVER_SIDE_ONLY", true);
        String token = approvedPreparation(partner, second, first);
        JsonNode session = send(first, "POST", "/v1/checkout-sessions", bearer(partner),
                "{\"amount\":10000,\"currency\":\"EUR\",\"interoperability_token\":\"" + token + "\"}", 201);
        String body = finalizeBody(session);

        int racers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                InteropServer target = i % 2 == 0 ? first : second;
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.send(request(target, "POST", "/v1/payments", bearer(partner), body),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            int authorized = 0;
            List<String> paymentIds = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isIn(201, 409, 422);
                if (response.statusCode() == 201) {
                    JsonNode payment = JSON.readTree(response.body());
                    paymentIds.add(payment.get("id").asText());
                    if (payment.get("status").asText().equals("AUTHORIZED")) {
                        authorized++;
                    }
                } else {
                    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
                }
            }
            assertThat(authorized).isEqualTo(1);
            for (String id : paymentIds) {
                List<Long> sequences = sequences(partner, "/v1/payments/" + id + "/events");
                assertThat(sequences).isNotEmpty().containsExactlyElementsOf(range(sequences.size()));
            }
            List<Long> checkout = sequences(partner, "/v1/checkout-sessions/" + session.get("id").asText() + "/events");
            assertThat(checkout).isNotEmpty().containsExactlyElementsOf(range(checkout.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    private String approvedPreparation(JsonNode partner, InteropServer starts, InteropServer approves)
            throws Exception {
        String clientId = partner.get("klarna_client_id").asText();
        JsonNode request = send(starts, "POST", "/sandbox/klarna/v1/express-checkouts", null,
                "{\"client_id\":\"" + clientId + "\",\"intent\":\"PREPARATION\",\"amount\":10000,\"currency\":\"EUR\"}",
                201);
        String customer = "/sandbox/klarna/v1/payment-requests/" + request.get("payment_request_id").asText()
                + "/customer/";
        send(approves, "POST", customer + "start", null, "{\"client_id\":\"" + clientId + "\"}", 200);
        JsonNode approved = send(approves, "POST", customer + "approve", null,
                "{\"client_id\":\"" + clientId + "\",\"customer\":{\"email\":\"ada@example.com\"}}", 200);
        return approved.get("interoperability_token").asText();
    }

    private static String finalizeBody(JsonNode session) {
        return "{\"amount\":10000,\"currency\":\"EUR\",\"reference\":\"order-1\",\"checkout_session_id\":\""
                + session.get("id").asText() + "\",\"finalize\":true,"
                + "\"step_up\":{\"return_url\":\"https://shop.example/return\"}}";
    }

    private JsonNode createPartner(InteropServer server, String type, boolean dynamicShipping) throws Exception {
        return send(server, "POST", "/admin/v1/partners", "Bearer " + ServerFixtures.ADMIN_KEY,
                "{\"name\":\"Shop\",\"integration_type\":\"" + type + "\",\"dynamic_shipping\":" + dynamicShipping
                        + "}", 201);
    }

    private List<Long> sequences(JsonNode partner, String path) throws Exception {
        List<Long> sequences = new ArrayList<>();
        send(first, "GET", path, bearer(partner), null, 200).get("events")
                .forEach(event -> sequences.add(event.get("sequence").asLong()));
        return sequences;
    }

    private static List<Long> range(int size) {
        List<Long> range = new ArrayList<>();
        for (long i = 1; i <= size; i++) {
            range.add(i);
        }
        return range;
    }

    private static String bearer(JsonNode partner) {
        return "Bearer " + partner.get("api_key").asText();
    }

    private JsonNode send(InteropServer server, String method, String path, String authorization, String body,
            int expected) throws Exception {
        HttpResponse<String> response = client.send(request(server, method, path, authorization, body),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static HttpRequest request(InteropServer server, String method, String path, String authorization,
            String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }
}
