package dev.interop.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host the interface to bind ({@code 0.0.0.0} for all)
 * @param port the port, {@code 0} for any free port (see {@link HttpServer#port()})
 * @param maxRequestBodyBytes the largest request body accepted; larger is 400 {@code BODY_TOO_LARGE}
 * @param stopTimeout how long a stop waits for requests in flight to finish
 * @param openApiResource the classpath resource served at {@code GET /openapi.json}
 */
public record HttpServerSettings(
        String host, int port, long maxRequestBodyBytes, Duration stopTimeout, String openApiResource) {

    /** 64 KiB. */
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 64 * 1024;

    public HttpServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(openApiResource, "openApiResource");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxRequestBodyBytes < 1) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be positive");
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative");
        }
    }

    /** All interfaces, port 8080, 64 KiB bodies, 10 s to stop, {@code openapi.json}. */
    public static HttpServerSettings defaults() {
        return new HttpServerSettings("0.0.0.0", 8080, DEFAULT_MAX_REQUEST_BODY_BYTES, Duration.ofSeconds(10),
                "openapi.json");
    }

    public HttpServerSettings withHost(String newHost) {
        return new HttpServerSettings(newHost, port, maxRequestBodyBytes, stopTimeout, openApiResource);
    }

    public HttpServerSettings withPort(int newPort) {
        return new HttpServerSettings(host, newPort, maxRequestBodyBytes, stopTimeout, openApiResource);
    }

    public HttpServerSettings withMaxRequestBodyBytes(long newMax) {
        return new HttpServerSettings(host, port, newMax, stopTimeout, openApiResource);
    }

    public HttpServerSettings withStopTimeout(Duration newTimeout) {
        return new HttpServerSettings(host, port, maxRequestBodyBytes, newTimeout, openApiResource);
    }

    public HttpServerSettings withOpenApiResource(String newResource) {
        return new HttpServerSettings(host, port, maxRequestBodyBytes, stopTimeout, newResource);
    }
}
