package dev.interop.adapters.http;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational endpoints: {@code GET /health/live}, {@code GET /health/ready}, {@code GET /metrics} (Prometheus
 * text) and {@code GET /openapi.json} (the classpath document, read once at start-up). None requires credentials.
 */
final class OperationsRoutes implements Routes {

    static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);

    private final ReadinessCheck readiness;
    private final PrometheusMeterRegistry registry;
    private final byte[] openApi;

    OperationsRoutes(ReadinessCheck readiness, PrometheusMeterRegistry registry, String openApiResource) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.openApi = load(openApiResource);
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")))
                .get("/health/ready", this::ready)
                .get("/metrics", ctx -> ctx.contentType(PROMETHEUS_CONTENT_TYPE).result(registry.scrape()))
                .get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void ready(Context ctx) {
        boolean ready;
        try {
            ready = readiness.isReady();
        } catch (Exception e) {
            LOG.warn("Readiness check failed", e);
            ready = false;
        }
        if (!ready) {
            throw ProblemException.of(503, ProblemCodes.NOT_READY, "The service is not ready to take traffic.")
                    .withHeader("Retry-After", "5");
        }
        ctx.json(Map.of("status", "UP"));
    }

    private static byte[] load(String resource) {
        try (InputStream in = OperationsRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
