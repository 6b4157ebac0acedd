package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.adapters.http.testing.TestResponse;
import dev.interop.adapters.http.testing.TestServer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    @Test
    void lets_a_request_in_flight_finish_and_then_refuses_connections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        TestServer server = TestServer.start(
                TestServer.testSettings().withStopTimeout(Duration.ofSeconds(5)), ReadinessCheck.alwaysReady(),
                routes -> routes.get("/slow", ctx -> {
                    entered.countDown();
                    Thread.sleep(700);
                    ctx.json(Map.of("done", true));
                }));

        CompletableFuture<TestResponse> inFlight = CompletableFuture.supplyAsync(() -> server.get("/slow"));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        long stopStarted = System.nanoTime();
        server.close();
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopStarted);

        TestResponse response = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("done").asBoolean()).isTrue();
        assertThat(stopMillis).isGreaterThanOrEqualTo(300);
        assertThatThrownBy(() -> server.get("/health/live")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void stopping_twice_is_harmless() {
        TestServer server = TestServer.start();
        server.close();
        server.close();

        assertThatThrownBy(() -> server.get("/health/live")).isInstanceOf(UncheckedIOException.class);
    }
}
