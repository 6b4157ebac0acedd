package dev.interop.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server built by {@link HttpServerFactory}: start it once, stop it once (a second stop does nothing). Stopping
 * refuses new connections and lets requests in flight finish within the stop timeout.
 */
public final class HttpServer implements AutoCloseable {

    private final Javalin app;
    private final ObjectMapper mapper;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    HttpServer(Javalin app, ObjectMapper mapper) {
        this.app = app;
        this.mapper = mapper;
    }

    /** Binds the host and port of the settings and starts serving. */
    public HttpServer start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the server was already started");
        }
        app.start();
        return this;
    }

    /** The bound port (the actual one when the settings asked for port 0); meaningless once stopped. */
    public int port() {
        return app.port();
    }

    /** Stops gracefully; idempotent. */
    public void stop() {
        if (started.get() && stopped.compareAndSet(false, true)) {
            app.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The adapter's JSON mapper (snake_case, strict), for code that writes JSON outside a handler. */
    public ObjectMapper objectMapper() {
        return mapper;
    }

    /** The underlying Javalin instance, for tests and embedding. */
    public Javalin javalin() {
        return app;
    }
}
