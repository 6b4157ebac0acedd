package dev.interop.bootstrap;

import dev.interop.adapters.http.testing.InteropHttpFixture;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.adapters.jdbc.DatabaseSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Whole servers, started exactly as {@link Main} does, on a free port, for the HTTP contracts. */
final class ServerFixtures {

    static final String ADMIN_KEY = "admin-" + UUID.randomUUID();
    static final String KLARNA_KEY = "klarna-" + UUID.randomUUID();

    private ServerFixtures() {
    }

    static ImmutableServerSettings.Builder settings() {
        return ImmutableServerSettings.builder().host("127.0.0.1").port(0).dataDir(tempDir())
                .adminKey(ADMIN_KEY).klarnaApiKey(KLARNA_KEY);
    }

    static ImmutableServerSettings.Builder postgres(DatabaseSettings database) {
        return settings().databaseUrl(database.jdbcUrl()).databaseUser(database.user())
                .databasePassword(database.password()).databasePoolSize(4);
    }

    static String sealingKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static InteropServer start(ServerSettings settings) {
        return InteropServer.start(settings, new PrintStream(OutputStream.nullOutputStream()));
    }

    static InteropHttpFixture fixture(ServerSettings settings) {
        InteropServer server = start(settings);
        return new InteropHttpFixture(TestServer.wrap(server.http(), server.registry()), ADMIN_KEY, KLARNA_KEY,
                server, server.interop());
    }

    /**
     * The split deployment: a Klarna sandbox server and an acquirer server reaching it over real HTTP, each with a
     * database of its own (H2 files in their own data directories), seen through one fixture that sends
     * {@code /sandbox/klarna} paths to the sandbox and everything else to the acquirer.
     */
    static InteropHttpFixture splitPair() {
        return splitPair(settings(), settings());
    }

    /** The split deployment on the databases of {@code sandboxSettings} and {@code acquirerSettings}. */
    static InteropHttpFixture splitPair(ImmutableServerSettings.Builder sandboxSettings,
            ImmutableServerSettings.Builder acquirerSettings) {
        InteropServer sandbox = start(sandboxSettings.role(ServerRole.KLARNA_SANDBOX).build());
        InteropServer acquirer;
        try {
            acquirer = start(acquirerSettings.role(ServerRole.ACQUIRER)
                    .klarnaUrl(java.net.URI.create("http://127.0.0.1:" + sandbox.port() + "/sandbox/klarna"))
                    .klarnaReadTimeout(java.time.Duration.ofSeconds(5)).build());
        } catch (RuntimeException failure) {
            sandbox.close();
            throw failure;
        }
        InteropServer started = acquirer;
        AutoCloseable both = () -> {
            started.close();
            sandbox.close();
        };
        return new InteropHttpFixture(TestServer.split(acquirer.http(), sandbox.http(), acquirer.registry()),
                ADMIN_KEY, KLARNA_KEY, both, sandbox.klarna().map(klarna -> klarna.storage().events()));
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("interop-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
