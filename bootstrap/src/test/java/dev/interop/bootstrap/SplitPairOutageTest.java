package dev.interop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.adapters.http.testing.InteropHttpContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;
import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.testkit.net.Fault;
import dev.interop.testkit.net.FaultInjectingProxy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The split deployment with Klarna made unreliable by a fault-injecting proxy between the acquirer and the sandbox:
 * answers lost after Klarna acted, Klarna answering 503 without acting, under concurrent payments. The acquirer
 * answers every Partner (a pending ERRORED payment, never a hang or a 500), keeps serving what needs no Klarna, and
 * once Klarna is back its reconciler brings every payment to a final state with exactly one authorization each
 * (R17, R22).
 */
class SplitPairOutageTest extends InteropHttpContract {

    private static final String AUTHORIZE = ".*/payment/authorize";

    private static FaultInjectingProxy klarna;
    private static InteropServer sandbox;

    @Override
    protected InteropHttpFixture startFixture() {
        sandbox = ServerFixtures.start(ServerFixtures.settings().role(ServerRole.KLARNA_SANDBOX).build());
        klarna = FaultInjectingProxy.start(URI.create("http://127.0.0.1:" + sandbox.port()));
        InteropServer acquirer = ServerFixtures.start(ServerFixtures.settings().role(ServerRole.ACQUIRER)
                .klarnaUrl(URI.create("http://127.0.0.1:" + klarna.port() + "/sandbox/klarna"))
                .klarnaReadTimeout(Duration.ofMillis(700)).sweepInterval(Duration.ofMillis(300)).build());
        AutoCloseable all = () -> {
            acquirer.close();
            klarna.close();
            sandbox.close();
        };
        return new InteropHttpFixture(TestServer.split(acquirer.http(), sandbox.http(), acquirer.registry()),
                ServerFixtures.ADMIN_KEY, ServerFixtures.KLARNA_KEY, all,
                sandbox.klarna().map(side -> side.storage().events()));
    }

    @AfterEach
    void heal() {
        klarna.heal();
    }

    /** Klarna's payment transactions for references starting with {@code prefix} (each test its own). */
    private static long transactionsAtKlarna(String prefix) {
        return sandbox.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM klarna_payment_transactions WHERE reference LIKE :prefix").bind("prefix", prefix + "%")
                .mapTo(Long.class).one());
    }

    private JsonNode pay(Partner shop, String token, String reference) {
        return ok(partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR", "reference", reference,
                "interoperability_token", token)), 201);
    }

    /** The payment once the reconciler settled it; gives up after 20 s with the last answer. */
    private JsonNode reconciled(Partner shop, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode payment = ok(partnerGet(shop, PAYMENT, id), 200);
        while (System.nanoTime() < deadline && Set.of("ERRORED", "AUTHORIZING")
                .contains(payment.get("status").asText())) {
            Thread.sleep(100);
            payment = ok(partnerGet(shop, PAYMENT, id), 200);
        }
        return payment;
    }

    @Test
    void an_answer_lost_after_klarna_authorized_is_settled_by_the_reconciler_with_the_one_authorization()
            throws Exception {
        Partner shop = serverSidePartner();
        String token = signIn(shop, "ada@example.com");
        klarna.alwaysFor(AUTHORIZE, Fault.forwardThenDelay(Duration.ofSeconds(2)));

        JsonNode pending = pay(shop, token, "order-lost-answer");

        assertThat(pending.get("status").asText()).as("the outcome is unknown: a payment to poll")
                .isEqualTo("ERRORED");
        assertThat(klarna.awaitExchanges(3, Duration.ofSeconds(10)).stream()
                .filter(exchange -> exchange.path().endsWith("/payment/authorize")).count())
                .as("the client retried (with the same key)").isGreaterThan(1);
        assertThat(transactionsAtKlarna("order-lost-answer")).as("Klarna authorized once, whatever the retries")
                .isEqualTo(1);

        klarna.heal();
        JsonNode settled = reconciled(shop, pending.get("id").asText());

        assertThat(settled.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(transactionsAtKlarna("order-lost-answer")).isEqualTo(1);
    }

    @Test
    void klarna_down_under_load_leaves_pending_payments_that_all_settle_once_it_is_back() throws Exception {
        Partner shop = serverSidePartner();
        int payments = 8;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < payments; i++) {
            tokens.add(signIn(shop, "customer" + i + "@example.com"));
        }
        klarna.always(Fault.answerWithoutForwarding(503, "Klarna is down"));
        TestResponse refused = fixture().server().post(PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-before-anything", "interoperability_token", tokens.get(0)),
                "Authorization", "Bearer " + shop.apiKey());
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asText()).isEqualTo("KLARNA_OUTCOME_UNKNOWN");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.json().get("detail").asText()).as("the token's presentation failed: nothing recorded")
                .contains("nothing was recorded");
        klarna.heal().alwaysFor(AUTHORIZE, Fault.answerWithoutForwarding(503, "Klarna is down"));

        ExecutorService partners = Executors.newFixedThreadPool(4);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < payments; i++) {
                String token = tokens.get(i);
                String reference = "order-down-" + i;
                answers.add(partners.submit(() -> pay(shop, token, reference)));
            }
            for (Future<JsonNode> answer : answers) {
                JsonNode payment = answer.get();
                assertThat(payment.get("status").asText()).isEqualTo("ERRORED");
                ids.add(payment.get("id").asText());
            }
        } finally {
            partners.shutdownNow();
        }

        assertThat(ok(partnerGet(shop, PAYMENT, ids.get(0)), 200).get("status").asText())
                .as("what needs no Klarna keeps working (the reconciler may be trying again)")
                .isIn("ERRORED", "AUTHORIZING");
        klarna.always(Fault.answerWithoutForwarding(503, "Klarna is down"));
        TestResponse noPartner = fixture().server().post("/admin/v1/partners", json("name", "Late shop",
                "integration_type", "SERVER_SIDE_ONLY", "dynamic_shipping", true),
                "Authorization", "Bearer " + fixture().adminKey());
        assertThat(noPartner.status()).isEqualTo(503);
        assertThat(noPartner.json().get("code").asText()).isEqualTo("KLARNA_OUTCOME_UNKNOWN");
        assertThat(transactionsAtKlarna("order-down-")).as("Klarna never saw the authorizations").isZero();

        klarna.heal();
        for (String id : ids) {
            assertThat(reconciled(shop, id).get("status").asText()).isEqualTo("AUTHORIZED");
        }
        assertThat(transactionsAtKlarna("order-down-")).as("one authorization each").isEqualTo(payments);
    }
}
