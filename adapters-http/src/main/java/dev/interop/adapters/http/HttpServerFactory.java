package dev.interop.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin 7 server every controller plugs into.
 *
 * <p>What every request gets, in order: a correlation id (header, MDC, problems), the body limit (declared
 * {@code Content-Length} checked before any handler; chunked bodies cut while read), the route's handler, the single
 * exception path of {@link ProblemResponses}, then an access log line and the {@code http.server.requests} timer.
 * The operational routes ({@code /health/live}, {@code /health/ready}, {@code /metrics}, {@code /openapi.json}) are
 * always there; the given {@link Routes} add the rest. Stopping waits for requests in flight (Jetty
 * {@link GracefulHandler}) up to the settings' stop timeout.
 */
public final class HttpServerFactory {

    /** The adapter's {@link ObjectMapper}, as application data of every request ({@code ctx.appData(OBJECT_MAPPER)}). */
    public static final Key<ObjectMapper> OBJECT_MAPPER = new Key<>("interop.object-mapper");

    /** The room for all request headers together: enough for a maximal token header plus the usual ones. */
    public static final int MAX_REQUEST_HEADER_BYTES = 32 * 1024;

    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("dev.interop.adapters.http.access");

    private HttpServerFactory() {
    }

    /** An unstarted server. */
    public static HttpServer create(
            HttpServerSettings settings,
            PrometheusMeterRegistry registry,
            ReadinessCheck readiness,
            List<? extends Routes> routes) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(readiness, "readiness");
        List<Routes> allRoutes = List.copyOf(routes);
        ObjectMapper mapper = Json.newMapper();
        ProblemResponses problems = new ProblemResponses(mapper);
        HttpMetrics metrics = new HttpMetrics(registry);
        OperationsRoutes operations = new OperationsRoutes(readiness, registry, settings.openApiResource());

        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new ProblemJsonMapper(mapper, settings.maxRequestBodyBytes()));
            config.appData(OBJECT_MAPPER, mapper);
            config.http.maxRequestSize = settings.maxRequestBodyBytes();
            config.http.prefer405over404 = true;
            config.http.generateEtags = false;
            config.http.defaultContentType = "application/json";
            // An interoperability token of up to 8192 characters travels in a header (Klarna-Network-Session-Token):
            // Jetty's default 8 KiB for all request headers would refuse it before any handler could answer.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(settings.stopTimeout().toMillis());
                server.setErrorHandler(new JettyProblemErrorHandler(mapper));
            });
            config.router.javaLangErrorHandler(problems::onError);
            config.requestLogger.http((ctx, executionTimeMs) -> {
                try {
                    long nanos = HttpMetrics.elapsedNanos(ctx);
                    metrics.record(ctx, nanos);
                    ACCESS_LOG.info("{} {} {} {} ms", HttpMetrics.methodOf(ctx), ctx.path(), ctx.statusCode(),
                            nanos / 1_000_000);
                } finally {
                    CorrelationId.clearMdc();
                }
            });

            config.routes.before(ctx -> {
                HttpMetrics.start(ctx);
                CorrelationId.assign(ctx);
            });
            config.routes.before(new BodyLimit(settings.maxRequestBodyBytes()));
            problems.register(config.routes);
            RouteRegistry routeRegistry = new RouteRegistry(config.routes);
            operations.register(routeRegistry);
            allRoutes.forEach(route -> route.register(routeRegistry));
        });
        return new HttpServer(app, mapper);
    }
}
