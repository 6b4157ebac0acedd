package dev.interop.adapters.http.klarna;

import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.adapters.http.testing.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The gateway contract for {@link KlarnaHttpClient} over a real server serving the sandbox's Klarna face. One server
 * for the class (stopping a server the client still holds a connection to takes a second).
 */
class KlarnaHttpClientContractTest extends KlarnaNetworkGatewayContract {

    private static SandboxKlarna sandbox;
    private static TestServer server;
    private static KlarnaHttpClient client;

    @BeforeAll
    static void startTheServer() {
        sandbox = new SandboxKlarna();
        server = sandbox.startServer();
        client = new KlarnaHttpClient(KlarnaClientSettings.of(SandboxKlarna.baseUrl(server), sandbox.apiKey)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(1, Duration.ZERO));
    }

    @AfterAll
    static void stopTheServer() {
        server.close();
    }

    @Override
    protected SandboxKlarna klarna() {
        return sandbox;
    }

    @Override
    protected KlarnaNetworkGateway gateway() {
        return client;
    }
}
