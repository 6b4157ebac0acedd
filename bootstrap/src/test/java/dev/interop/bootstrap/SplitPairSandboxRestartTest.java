package dev.interop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.testing.InteropHttpContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Klarna sandbox process stopped and started again on the same port and data: while it is down the acquirer
 * answers 503 {@code KLARNA_UNAVAILABLE} (nothing was sent) to what needs Klarna and keeps serving what does not;
 * once it is back, a step-up the customer completes is notified (the webhook and its key survived the restart) and
 * new payments authorize.
 */
class SplitPairSandboxRestartTest extends InteropHttpContract {

    private static final Path SANDBOX_DATA = ServerFixtures.tempDir();
    private static final int SANDBOX_PORT = freePort();
    private static InteropServer sandbox;
    private static InteropServer acquirer;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InteropServer startSandbox() {
        return ServerFixtures.start(ImmutableServerSettings.builder().host("127.0.0.1").port(SANDBOX_PORT)
                .dataDir(SANDBOX_DATA).adminKey(ServerFixtures.ADMIN_KEY).klarnaApiKey(ServerFixtures.KLARNA_KEY)
                .role(ServerRole.KLARNA_SANDBOX).build());
    }

    @Override
    protected InteropHttpFixture startFixture() {
        sandbox = startSandbox();
        acquirer = ServerFixtures.start(ServerFixtures.settings().role(ServerRole.ACQUIRER)
                .klarnaUrl(URI.create("http://127.0.0.1:" + SANDBOX_PORT + "/sandbox/klarna")).build());
        TestServer front = TestServer.split(acquirer.http(), sandbox.http(), acquirer.registry());
        AutoCloseable both = () -> {
            acquirer.close();
            sandbox.close();
        };
        return new InteropHttpFixture(front, ServerFixtures.ADMIN_KEY, ServerFixtures.KLARNA_KEY, both,
                java.util.Optional.empty());
    }

    private JsonNode pay(Partner shop, String token, String reference, boolean stepUp) {
        return ok(partnerPost(shop, PAYMENTS, stepUp
                ? json("amount", 5000, "currency", "EUR", "reference", reference, "interoperability_token", token,
                        "step_up", object("return_url", RETURN_URL))
                : json("amount", 5000, "currency", "EUR", "reference", reference, "interoperability_token", token)),
                201);
    }

    @Test
    void while_the_sandbox_is_down_the_acquirer_answers_503_and_once_it_is_back_everything_settles() {
        Partner shop = serverSidePartner();
        JsonNode waiting = pay(shop, signIn(shop, "eve+stepup@example.com"), "order-waiting", true);
        String requestId = waiting.at("/klarna/payment_request_id").asText();
        ok(customer(shop, requestId, "start"), 200);
        String later = signIn(shop, "ada@example.com");

        sandbox.close();

        TestResponse refused = fixture().server().post(PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-while-down", "interoperability_token", later),
                "Authorization", "Bearer " + shop.apiKey());
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.json().get("code").asText()).isEqualTo("KLARNA_UNAVAILABLE");
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(ok(partnerGet(shop, PAYMENT, waiting.get("id").asText()), 200).get("status").asText())
                .as("what needs no Klarna keeps working").isEqualTo("REQUIRES_CUSTOMER_ACTION");

        sandbox = startSandbox(); // same port and data: the fixture's routes reach it as before

        JsonNode approved = ok(customer(shop, requestId, "approve"), 200);
        assertThat(approved.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(settledPayment(shop, waiting.get("id").asText()).get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(pay(shop, later, "order-after", false).get("status").asText()).isEqualTo("AUTHORIZED");
    }
}
