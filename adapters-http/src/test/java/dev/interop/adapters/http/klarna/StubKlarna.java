package dev.interop.adapters.http.klarna;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted stand-in for Klarna on a loopback port: answers the scripted replies in order (then the last one again)
 * and records every request, so tests can check the client's requests and its reading of the exact bodies of
 * {@code docs/klarna-wire.md}.
 */
final class StubKlarna implements AutoCloseable {

    /** A request as the stub received it. */
    record Received(String method, String target, Headers headers, String body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** An answer: status, JSON body (or none when null), extra headers. */
    record Reply(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private Reply last = new Reply(500, "{}", Map.of());

    private StubKlarna() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    static StubKlarna start() {
        return new StubKlarna();
    }

    /** Appends a reply with a JSON body ({@code null}: no body). */
    synchronized StubKlarna reply(int status, String json) {
        return reply(new Reply(status, json, Map.of()));
    }

    synchronized StubKlarna reply(Reply reply) {
        replies.add(reply);
        return this;
    }

    /** Where the client finds "Klarna": a base URL with a path, as the sandbox's. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/klarna");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size());
        }
        return received.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders(), body));
        Reply reply;
        synchronized (this) {
            if (!replies.isEmpty()) {
                last = replies.poll();
            }
            reply = last;
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
        } else {
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    reply.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
