package dev.interop.adapters.http.testing;

import dev.interop.adapters.http.HttpServer;
import dev.interop.adapters.http.HttpServerFactory;
import dev.interop.adapters.http.HttpServerSettings;
import dev.interop.adapters.http.ReadinessCheck;
import dev.interop.adapters.http.Routes;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The real server on {@code 127.0.0.1} and a free port, with a plain {@link HttpClient} speaking HTTP/1.1 to it.
 * Close it after the test.
 */
public final class TestServer implements AutoCloseable {

    private final HttpServer server;
    private final PrometheusMeterRegistry registry;
    private final HttpClient client;
    private final int port;
    private final HttpServer sandbox;
    private final int sandboxPort;

    private TestServer(HttpServer server, PrometheusMeterRegistry registry) {
        this(server, registry, null);
    }

    private TestServer(HttpServer server, PrometheusMeterRegistry registry, HttpServer sandbox) {
        this.server = server;
        this.port = server.port();
        this.sandbox = sandbox;
        this.sandboxPort = sandbox == null ? -1 : sandbox.port();
        this.registry = registry;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Default settings (64 KiB bodies), always ready, the given routes. */
    public static TestServer start(Routes... routes) {
        return start(testSettings(), ReadinessCheck.alwaysReady(), routes);
    }

    /** The given settings (host and port are replaced by 127.0.0.1:0) and readiness, the given routes. */
    public static TestServer start(HttpServerSettings settings, ReadinessCheck readiness, Routes... routes) {
        return startWith(settings, readiness, registry -> List.of(routes));
    }

    /**
     * The given settings and readiness, and the routes made for the server's meter registry (for controllers that
     * record their own metrics, such as {@code InteropHttpApi.routes(interop, adminKey, klarnaKey, registry)}).
     */
    public static TestServer startWith(HttpServerSettings settings, ReadinessCheck readiness,
            Function<PrometheusMeterRegistry, List<? extends Routes>> routes) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HttpServer server = HttpServerFactory.create(
                settings.withHost("127.0.0.1").withPort(0), registry, readiness, routes.apply(registry));
        server.start();
        return new TestServer(server, registry);
    }

    /** Wraps a server someone else started (e.g. the whole bootstrap server); closing stops its HTTP face. */
    public static TestServer wrap(HttpServer server, PrometheusMeterRegistry registry) {
        return new TestServer(server, registry);
    }

    /**
     * The split deployment seen as one: paths under {@code /sandbox/klarna} go to the Klarna sandbox's server, all
     * others to the Acquiring Partner's; closing stops both HTTP faces.
     */
    public static TestServer split(HttpServer acquirer, HttpServer sandbox, PrometheusMeterRegistry registry) {
        return new TestServer(acquirer, registry, sandbox);
    }

    /** Default settings for tests: a short stop timeout. */
    public static HttpServerSettings testSettings() {
        return HttpServerSettings.defaults().withStopTimeout(Duration.ofSeconds(2));
    }

    public HttpServer server() {
        return server;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The port the server was started on (still known after it stopped). */
    public int port() {
        return port;
    }

    public URI uri(String path) {
        int target = sandbox != null && path.startsWith("/sandbox/klarna") ? sandboxPort : port;
        return URI.create("http://127.0.0.1:" + target + path);
    }

    /** {@code GET path} with headers given as name, value, name, value... */
    public TestResponse get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** {@code POST path} with a JSON body (Content-Type application/json) and headers as name, value, ... */
    public TestResponse post(String path, String jsonBody, String... headers) {
        return send("POST", path, jsonBody, headers);
    }

    /** Any method; a {@code null} body sends none. A body gets Content-Type application/json unless given. */
    public TestResponse send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        boolean contentTypeGiven = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentTypeGiven |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !contentTypeGiven) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request.build());
    }

    /** Sends a request built by the test (e.g. with a streamed, chunked body). */
    public TestResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new TestResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
