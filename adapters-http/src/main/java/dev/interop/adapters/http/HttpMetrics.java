package dev.interop.adapters.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Per-request metrics: a timer {@value #METER} (Prometheus {@code http_server_requests_seconds_count/_sum/...}) tagged
 * {@code method}, {@code route} (the matched route template, {@value #UNMATCHED} when none matched, never the raw
 * path) and {@code status}.
 */
final class HttpMetrics {

    static final String METER = "http.server.requests";
    static final String UNMATCHED = "UNMATCHED";

    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");
    private static final String START = "interop.request-start-nanos";

    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static void start(Context ctx) {
        ctx.attribute(START, System.nanoTime());
    }

    static long elapsedNanos(Context ctx) {
        Long start = ctx.attribute(START);
        return start == null ? 0L : System.nanoTime() - start;
    }

    static String routeOf(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? UNMATCHED : endpoint.path;
    }

    /** The request method, or {@code OTHER} for a non-standard one (keeps the tag's cardinality bounded). */
    static String methodOf(Context ctx) {
        String method = ctx.method().name().toUpperCase(Locale.ROOT);
        return STANDARD_METHODS.contains(method) ? method : "OTHER";
    }

    void record(Context ctx, long elapsedNanos) {
        Timer.builder(METER)
                .description("HTTP requests by method, route template and status")
                .tag("method", methodOf(ctx))
                .tag("route", routeOf(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(elapsedNanos, TimeUnit.NANOSECONDS);
    }
}
