package dev.interop.testkit.net;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectingProxyTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final Duration PATIENT = Duration.ofSeconds(10);

    private Target target;
    private FaultInjectingProxy proxy;

    @BeforeEach
    void start() throws IOException {
        target = Target.start("a");
        proxy = FaultInjectingProxy.start(target.uri());
    }

    @AfterEach
    void stop() {
        proxy.close();
        target.close();
    }

    @Test
    void passes_requests_through_unchanged_when_nothing_is_scripted() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(proxy.uri("/v1/orders?x=1&y=%C3%A4"))
                .header("X-Request-Id", "abc")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"a\":1}"))
                .timeout(PATIENT)
                .build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"a\":1}");
        assertThat(response.headers().firstValue("X-Target")).hasValue("a");
        assertThat(response.headers().firstValue("Connection")).hasValue("close");
        Received received = target.only();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo("/v1/orders?x=1&y=%C3%A4");
        assertThat(received.header("X-Request-Id")).isEqualTo("abc");
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.header("Host")).isEqualTo("127.0.0.1:" + target.port());
        Exchange exchange = proxy.exchanges().get(0);
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.path()).isEqualTo("/v1/orders");
        assertThat(exchange.target()).isEqualTo("/v1/orders?x=1&y=%C3%A4");
        assertThat(exchange.request().header("x-request-id")).hasValue("abc");
        assertThat(exchange.fault()).isEqualTo(Fault.PASS);
        assertThat(exchange.deliveries()).isEqualTo(1);
        assertThat(exchange.targetStatus()).hasValue(200);
        assertThat(exchange.status()).hasValue(200);
        assertThat(exchange.dropped()).isFalse();
        assertThat(exchange.targetDown()).isFalse();
        assertThat(exchange.completedAt()).isAfterOrEqualTo(exchange.receivedAt());
    }

    @Test
    void forwards_bodies_byte_for_byte_including_non_ascii_and_every_byte_value() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Grüße aus Malmö — 東京 ✓ 😀 ".getBytes(UTF_8));
        IntStream.range(0, 256).forEach(bytes::write);
        byte[] body = bytes.toByteArray();

        HttpResponse<byte[]> response = CLIENT.send(post("/bytes", body), BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(target.only().body()).isEqualTo(body);
        assertThat(response.body()).isEqualTo(body);
        assertThat(proxy.exchanges().get(0).requestBody()).isEqualTo(body);
    }

    @Test
    void decodes_a_chunked_request_body_and_forwards_the_exact_bytes_with_a_content_length() throws Exception {
        byte[] body = new byte[100_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        HttpRequest chunked = HttpRequest.newBuilder(proxy.uri("/chunked-upload"))
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .timeout(PATIENT)
                .build();

        HttpResponse<byte[]> response = CLIENT.send(chunked, BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        Received received = target.only();
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.header("Content-Length")).isEqualTo(String.valueOf(body.length));
        assertThat(received.header("Transfer-Encoding")).isNull();
        assertThat(proxy.exchanges().get(0).request().header("Transfer-Encoding")).hasValue("chunked");
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void passes_a_chunked_answer_on_with_a_content_length() throws Exception {
        HttpResponse<String> response = CLIENT.send(post("/chunked/answer", "streamed ✓".getBytes(UTF_8)),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("streamed ✓");
        assertThat(response.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf("streamed ✓".getBytes(UTF_8).length));
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
    }

    @Test
    void delays_the_request_before_the_target_sees_it() throws Exception {
        proxy.script(Fault.delayThenForward(Duration.ofMillis(400)));
        long sentAt = System.nanoTime();

        HttpResponse<String> response = CLIENT.send(post("/slow", "late"), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("late");
        assertThat(Duration.ofNanos(target.only().nanoTime() - sentAt)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(proxy.exchanges().get(0).fault().kind()).isEqualTo(Fault.Kind.DELAY_THEN_FORWARD);
    }

    @Test
    void holds_the_answer_back_so_the_caller_times_out_although_the_target_acted() throws Exception {
        proxy.script(Fault.forwardThenDelay(Duration.ofMillis(800)));
        HttpRequest impatient = HttpRequest.newBuilder(proxy.uri("/capture"))
                .POST(BodyPublishers.ofString("capture"))
                .timeout(Duration.ofMillis(250))
                .build();

        assertThatThrownBy(() -> CLIENT.send(impatient, BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        Exchange exchange = proxy.awaitExchanges(1, PATIENT).get(0);
        assertThat(target.hits()).isEqualTo(1);
        assertThat(exchange.deliveries()).isEqualTo(1);
        assertThat(exchange.status()).hasValue(200);
        assertThat(exchange.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void answers_without_forwarding_so_the_target_never_sees_the_request() throws Exception {
        proxy.script(Fault.answerWithoutForwarding(503, "down for maintenance"));

        HttpResponse<String> response = CLIENT.send(post("/pay", "{}"), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("down for maintenance");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(target.hits()).isZero();
        Exchange exchange = proxy.exchanges().get(0);
        assertThat(exchange.forwarded()).isFalse();
        assertThat(exchange.targetStatus()).isEmpty();
        assertThat(exchange.status()).hasValue(503);
    }

    @Test
    void answers_a_scripted_status_after_the_target_acted() throws Exception {
        proxy.script(Fault.forwardThenAnswer(502, "bad gateway"));

        HttpResponse<String> response = CLIENT.send(post("/pay", "{}"), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).isEqualTo("bad gateway");
        assertThat(target.hits()).isEqualTo(1);
        Exchange exchange = proxy.exchanges().get(0);
        assertThat(exchange.targetStatus()).hasValue(200);
        assertThat(exchange.status()).hasValue(502);
    }

    @Test
    void drops_the_connection_before_forwarding_so_the_target_never_sees_the_request() throws Exception {
        proxy.script(Fault.DROP_BEFORE_FORWARDING);

        assertThatThrownBy(() -> CLIENT.send(post("/pay", "lost"), BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);

        assertThat(target.hits()).isZero();
        assertThat(proxy.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.dropped()).isTrue();
            assertThat(exchange.forwarded()).isFalse();
            assertThat(exchange.requestBody()).isEqualTo("lost".getBytes(UTF_8));
        });
    }

    @Test
    void drops_the_connection_after_the_target_acted() throws Exception {
        proxy.script(Fault.DROP_AFTER_FORWARDING);

        assertThatThrownBy(() -> CLIENT.send(post("/pay", "acted"), BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);

        assertThat(target.hits()).isEqualTo(1);
        assertThat(proxy.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.dropped()).isTrue();
            assertThat(exchange.deliveries()).isEqualTo(1);
            assertThat(exchange.targetStatus()).hasValue(200);
        });
    }

    @Test
    void delivers_the_request_twice_and_answers_with_the_first_answer() throws Exception {
        proxy.script(Fault.FORWARD_TWICE);

        HttpResponse<String> response = CLIENT.send(post("/notify", "{\"event\":\"captured\"}"),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Hit")).hasValue("1");
        assertThat(target.hits()).isEqualTo(2);
        assertThat(target.received()).extracting(Received::bodyText)
                .containsExactly("{\"event\":\"captured\"}", "{\"event\":\"captured\"}");
        assertThat(proxy.exchanges()).hasSize(1);
        assertThat(proxy.forwardedCount()).isEqualTo(2);
        assertThat(proxy.forwardedCount(exchange -> exchange.path().equals("/other"))).isZero();
    }

    @Test
    void forwards_the_mutated_request_and_records_the_original() throws Exception {
        proxy.script(Fault.mutateRequest(request -> request
                .withBody("{\"amount\":1}")
                .withHeader("x-signature", "forged")));
        HttpRequest signed = HttpRequest.newBuilder(proxy.uri("/notify"))
                .header("X-Signature", "genuine")
                .POST(BodyPublishers.ofString("{\"amount\":1000}"))
                .timeout(PATIENT)
                .build();

        HttpResponse<String> response = CLIENT.send(signed, BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("{\"amount\":1}");
        Received received = target.only();
        assertThat(received.bodyText()).isEqualTo("{\"amount\":1}");
        assertThat(received.header("X-Signature")).isEqualTo("forged");
        assertThat(received.header("Content-Length")).isEqualTo("12");
        Exchange exchange = proxy.exchanges().get(0);
        assertThat(exchange.request().bodyText()).isEqualTo("{\"amount\":1000}");
        assertThat(exchange.request().header("X-Signature")).hasValue("genuine");
        assertThat(exchange.fault().kind()).isEqualTo(Fault.Kind.MUTATE_REQUEST);
    }

    @Test
    void applies_scripted_faults_in_order_then_passes_through() throws Exception {
        proxy.script(Fault.answerWithoutForwarding(503, "one"), Fault.answerWithoutForwarding(500, "two"));

        assertThat(statusOf("/x")).isEqualTo(503);
        assertThat(proxy.scriptedRemaining()).isEqualTo(1);
        assertThat(statusOf("/x")).isEqualTo(500);
        assertThat(statusOf("/x")).isEqualTo(200);
        assertThat(proxy.scriptedRemaining()).isZero();
        assertThat(target.hits()).isEqualTo(1);
        assertThat(proxy.exchanges()).extracting(exchange -> exchange.fault().kind()).containsExactly(
                Fault.Kind.ANSWER_WITHOUT_FORWARDING, Fault.Kind.ANSWER_WITHOUT_FORWARDING, Fault.Kind.PASS);
    }

    @Test
    void applies_path_scoped_faults_only_to_matching_paths() throws Exception {
        proxy.scriptFor("/notifications/.*", Fault.answerWithoutForwarding(503, "busy"));
        proxy.scriptFor(path -> path.startsWith("/orders"), Fault.forwardThenAnswer(500, "oops"));

        assertThat(statusOf("/health")).isEqualTo(200);
        assertThat(statusOf("/notifications/1?retry=0")).isEqualTo(503);
        assertThat(statusOf("/notifications/2")).isEqualTo(200);
        assertThat(statusOf("/orders/7")).isEqualTo(500);
        assertThat(statusOf("/orders/7")).isEqualTo(200);
        assertThat(proxy.forwardedCount(exchange -> exchange.path().startsWith("/notifications"))).isEqualTo(1);
    }

    @Test
    void keeps_a_standing_fault_until_healed() throws Exception {
        proxy.always(Fault.answerWithoutForwarding(503, "everything is down"));

        assertThat(statusOf("/a")).isEqualTo(503);
        assertThat(statusOf("/b")).isEqualTo(503);
        proxy.alwaysFor("/health", Fault.PASS).script(Fault.PASS);
        assertThat(statusOf("/c")).isEqualTo(200);
        assertThat(statusOf("/c")).isEqualTo(503);
        assertThat(statusOf("/health")).isEqualTo(200);
        proxy.heal();
        assertThat(statusOf("/d")).isEqualTo(200);
        assertThat(target.received()).extracting(Received::uri).containsExactly("/c", "/health", "/d");
    }

    @Test
    void answers_502_and_counts_it_when_the_target_is_down() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        proxy.retarget(URI.create("http://127.0.0.1:" + closedPort));

        HttpResponse<String> response = CLIENT.send(post("/pay", "{}"), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("unreachable");
        assertThat(proxy.targetDownCount()).isEqualTo(1);
        assertThat(proxy.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.targetDown()).isTrue();
            assertThat(exchange.forwarded()).isFalse();
            assertThat(exchange.status()).hasValue(502);
        });
    }

    @Test
    void retargets_to_another_service_at_runtime() throws Exception {
        try (Target other = Target.start("b")) {
            assertThat(CLIENT.send(post("/x", "1"), BodyHandlers.ofString()).headers().firstValue("X-Target"))
                    .hasValue("a");

            proxy.retarget(other.uri());

            assertThat(CLIENT.send(post("/x", "2"), BodyHandlers.ofString()).headers().firstValue("X-Target"))
                    .hasValue("b");
            assertThat(proxy.target()).isEqualTo(other.uri());
            assertThat(target.hits()).isEqualTo(1);
            assertThat(other.hits()).isEqualTo(1);
            assertThat(other.only().header("Host")).isEqualTo("127.0.0.1:" + other.port());
        }
    }

    @Test
    void puts_the_target_base_path_before_the_request_path() throws Exception {
        proxy.retarget(URI.create(target.uri() + "/klarna/"));

        assertThat(statusOf("/v1/payment-requests?limit=2")).isEqualTo(200);

        assertThat(target.only().uri()).isEqualTo("/klarna/v1/payment-requests?limit=2");
        assertThat(proxy.exchanges().get(0).target()).isEqualTo("/v1/payment-requests?limit=2");
    }

    @Test
    void passes_twenty_parallel_requests_through_at_the_same_time() throws Exception {
        int parallel = 20;
        target.gatherAt("/parallel", parallel);

        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, parallel)
                .mapToObj(i -> CLIENT.sendAsync(post("/parallel", "request-" + i), BodyHandlers.ofString()))
                .toList();

        for (int i = 0; i < parallel; i++) {
            HttpResponse<String> response = responses.get(i).get(20, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("request-" + i);
        }
        assertThat(target.allGathered()).as("all 20 requests were at the target at once").isTrue();
        assertThat(target.hits()).isEqualTo(parallel);
        assertThat(proxy.exchanges()).hasSize(parallel).allMatch(exchange -> exchange.status().getAsInt() == 200);
        assertThat(proxy.forwardedCount()).isEqualTo(parallel);
    }

    @Test
    void strips_hop_by_hop_headers_both_ways_and_rewrites_the_host() throws Exception {
        String answer = rawExchange("POST /hop HTTP/1.1\r\n"
                + "Host: shop.example\r\n"
                + "Connection: keep-alive, X-Hop\r\n"
                + "Keep-Alive: timeout=5\r\n"
                + "X-Hop: only-for-the-proxy\r\n"
                + "Proxy-Connection: keep-alive\r\n"
                + "TE: trailers\r\n"
                + "Upgrade: h2c\r\n"
                + "X-Kept: yes\r\n"
                + "Content-Length: 5\r\n"
                + "\r\n"
                + "hello");

        assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\r\nConnection: close\r\n")
                .contains("\r\nContent-Length: 5\r\n").endsWith("\r\n\r\nhello");
        Received received = target.only();
        assertThat(received.header("Host")).isEqualTo("127.0.0.1:" + target.port());
        assertThat(received.header("X-Kept")).isEqualTo("yes");
        assertThat(received.header("Connection")).isEqualTo("close");
        assertThat(received.headers()).doesNotContainKeys("X-Hop", "Keep-Alive", "Proxy-Connection", "TE", "Upgrade");
        assertThat(received.bodyText()).isEqualTo("hello");
    }

    @Test
    void answers_100_continue_itself_and_forwards_the_body_without_expect() throws Exception {
        HttpRequest expecting = HttpRequest.newBuilder(proxy.uri("/continue"))
                .expectContinue(true)
                .POST(BodyPublishers.ofString("after continue"))
                .timeout(PATIENT)
                .build();

        HttpResponse<String> response = CLIENT.send(expecting, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("after continue");
        assertThat(target.only().headers()).doesNotContainKey("Expect");
    }

    @Test
    void refuses_a_malformed_request_with_400_without_recording_or_forwarding_it() throws Exception {
        String answer = rawExchange("NONSENSE\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(proxy.exchanges()).isEmpty();
        assertThat(target.hits()).isZero();
    }

    @Test
    void clear_forgets_the_exchanges_but_keeps_the_script() throws Exception {
        proxy.script(Fault.PASS, Fault.answerWithoutForwarding(500, "later"));
        statusOf("/x");

        proxy.clear();

        assertThat(proxy.exchanges()).isEmpty();
        assertThat(proxy.forwardedCount()).isZero();
        assertThat(statusOf("/x")).isEqualTo(500);
    }

    @Test
    void stops_accepting_connections_once_closed() throws Exception {
        FaultInjectingProxy closed = FaultInjectingProxy.start(target.uri());
        int port = closed.port();
        assertThat(closed.uri()).isEqualTo(URI.create("http://127.0.0.1:" + port));

        closed.close();
        closed.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }

    @Test
    void refuses_faults_and_targets_that_cannot_work() {
        assertThatThrownBy(() -> Fault.delayThenForward(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.answerWithoutForwarding(101, "switching"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.forwardThenAnswer(600, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.mutateRequest(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> proxy.retarget(URI.create("https://127.0.0.1:1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proxy.retarget(URI.create("/relative")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private HttpRequest post(String path, String body) {
        return post(path, body.getBytes(UTF_8));
    }

    private HttpRequest post(String path, byte[] body) {
        return HttpRequest.newBuilder(proxy.uri(path)).POST(BodyPublishers.ofByteArray(body)).timeout(PATIENT).build();
    }

    private int statusOf(String path) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(proxy.uri(path)).GET().timeout(PATIENT).build();
        return CLIENT.send(get, BodyHandlers.discarding()).statusCode();
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", proxy.port())) {
            socket.setSoTimeout((int) PATIENT.toMillis());
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
        }
    }

    /** What the target saw of one request. */
    private record Received(String method, String uri, Map<String, List<String>> headers, byte[] body, long nanoTime) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, UTF_8);
        }
    }

    /**
     * The service behind the proxy: counts hits, remembers what it received and echoes the body with {@code X-Target}
     * and {@code X-Hit} headers; under {@code /chunked} it answers chunked.
     */
    private static final class Target implements AutoCloseable {
        private final String name;
        private final HttpServer server;
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final AtomicInteger hits = new AtomicInteger();
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final AtomicBoolean gatheringTimedOut = new AtomicBoolean();
        private volatile CountDownLatch gathering = new CountDownLatch(0);
        private volatile String gatheringPath = "";

        private Target(String name) throws IOException {
            this.name = name;
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
            server.createContext("/", this::handle);
            server.setExecutor(executor);
        }

        static Target start(String name) throws IOException {
            Target target = new Target(name);
            target.server.start();
            return target;
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + port());
        }

        int port() {
            return server.getAddress().getPort();
        }

        int hits() {
            return hits.get();
        }

        List<Received> received() {
            return List.copyOf(received);
        }

        Received only() {
            assertThat(received).hasSize(1);
            return received.get(0);
        }

        void gatherAt(String path, int count) {
            gatheringPath = path;
            gathering = new CountDownLatch(count);
        }

        boolean allGathered() {
            return gathering.getCount() == 0 && !gatheringTimedOut.get();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.putAll(exchange.getRequestHeaders());
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                        body, System.nanoTime()));
                int hit = hits.incrementAndGet();
                String path = exchange.getRequestURI().getPath();
                if (path.equals(gatheringPath)) {
                    CountDownLatch latch = gathering;
                    latch.countDown();
                    if (!latch.await(10, TimeUnit.SECONDS)) {
                        gatheringTimedOut.set(true);
                    }
                }
                exchange.getResponseHeaders().add("X-Target", name);
                exchange.getResponseHeaders().add("X-Hit", String.valueOf(hit));
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                boolean chunked = path.startsWith("/chunked/");
                exchange.sendResponseHeaders(200, chunked ? 0 : body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
