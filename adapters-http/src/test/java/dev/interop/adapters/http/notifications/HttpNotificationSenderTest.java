package dev.interop.adapters.http.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.interop.klarna.application.port.out.NotificationSender.OutgoingNotification;
import dev.interop.klarna.application.port.out.NotificationSender.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real receiver (the JDK's HTTP server) that verifies what it gets. */
class HttpNotificationSenderTest {

    private static final String SECRET = "klarna_whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    private static final String KEY_ID = "krn:partner:global:notification:signing-key:k1";
    private static final String BODY = "{\"metadata\":{\"event_id\":\"e1\",\"note\":\"\u00e9\"},\"payload\":{}}";

    /** What the receiver saw of one request. */
    record Received(String method, String path, String contentType, String keyId, String signature, byte[] body,
            boolean verified) {
    }

    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger redirectTargetHits = new AtomicInteger();
    private final HttpNotificationSender sender = new HttpNotificationSender(Duration.ofSeconds(2),
            Duration.ofMillis(700));

    @BeforeEach
    void start_a_receiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/ok", exchange -> respond(exchange, 204));
        receiver.createContext("/accepted", exchange -> respond(exchange, 202));
        receiver.createContext("/broken", exchange -> respond(exchange, 500));
        receiver.createContext("/moved", exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Location", url("/redirect-target"));
            answer(exchange, 307);
        });
        receiver.createContext("/redirect-target", exchange -> {
            redirectTargetHits.incrementAndGet();
            respond(exchange, 204);
        });
        receiver.createContext("/slow", exchange -> {
            record(exchange);
            sleep(2_000);
            answer(exchange, 204);
        });
        receiver.createContext("/endless", exchange -> {
            record(exchange);
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                    out.flush();
                }
            } catch (IOException expected) {
                // The sender hung up without reading: exactly what it should do.
            }
        });
        receiver.start();
    }

    @AfterEach
    void stop_the_receiver() {
        receiver.stop(0);
    }

    private Received record(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String keyId = exchange.getRequestHeaders().getFirst(KlarnaSignature.KEY_ID_HEADER);
        String signature = exchange.getRequestHeaders().getFirst(KlarnaSignature.SIGNATURE_HEADER);
        Received seen = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), keyId, signature, body,
                KEY_ID.equals(keyId) && KlarnaSignature.verify(SECRET, body, signature));
        received.add(seen);
        return seen;
    }

    private void respond(HttpExchange exchange, int status) throws IOException {
        record(exchange);
        answer(exchange, status);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private OutgoingNotification to(String path) {
        return new OutgoingNotification(url(path), KEY_ID, SECRET, BODY.getBytes(StandardCharsets.UTF_8), "e1");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void posts_the_raw_body_signed_with_the_key_and_a_2xx_is_delivered() throws InterruptedException {
        Result result = sender.send(to("/ok"));

        assertThat(result).isEqualTo(Result.delivered(204));
        Received seen = received.poll(5, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.contentType()).isEqualTo("application/json");
        assertThat(seen.keyId()).isEqualTo(KEY_ID);
        assertThat(seen.body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(seen.signature()).isEqualTo(KlarnaSignature.sign(SECRET, BODY.getBytes(StandardCharsets.UTF_8)));
        assertThat(seen.verified()).isTrue();
        assertThat(sender.send(to("/accepted"))).isEqualTo(Result.delivered(202));
    }

    @Test
    void a_server_error_fails_with_its_status() {
        assertThat(sender.send(to("/broken"))).isEqualTo(Result.failed("HTTP 500"));
    }

    @Test
    void never_follows_a_redirect() {
        assertThat(sender.send(to("/moved"))).isEqualTo(Result.failed("HTTP 307 (redirects are not followed)"));
        assertThat(redirectTargetHits).hasValue(0);
    }

    @Test
    void a_receiver_slower_than_the_read_timeout_fails() {
        long start = System.nanoTime();

        Result result = sender.send(to("/slow"));

        assertThat(result).isEqualTo(Result.failed("no answer within 700 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_900));
    }

    @Test
    void does_not_read_an_endless_answer() {
        long start = System.nanoTime();

        assertThat(sender.send(to("/endless"))).isEqualTo(Result.delivered(200));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_refused_connection_or_a_bad_url_fails_without_throwing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OutgoingNotification nowhere = new OutgoingNotification("http://127.0.0.1:" + closedPort + "/x", KEY_ID,
                SECRET, BODY.getBytes(StandardCharsets.UTF_8), "e1");

        assertThat(sender.send(nowhere)).isEqualTo(Result.failed("connection refused"));
        assertThat(sender.send(new OutgoingNotification("ftp://example/x", KEY_ID, SECRET, new byte[] {1}, "e1")))
                .isInstanceOf(Result.Failed.class);
        assertThat(sender.send(new OutgoingNotification("not a url", KEY_ID, SECRET, new byte[] {1}, "e1")))
                .isInstanceOf(Result.Failed.class);
    }
}
