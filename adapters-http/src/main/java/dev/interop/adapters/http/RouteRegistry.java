package dev.interop.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Objects;

/**
 * The routes a controller may declare. Paths are Javalin templates ({@code /v1/payments/{id}}); the template, never
 * the raw path, is what metrics record. Deliberately no exception or error handlers here: the server has exactly
 * one path from an exception to a response.
 */
public final class RouteRegistry {

    private final RoutesConfig routes;

    RouteRegistry(RoutesConfig routes) {
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    public RouteRegistry get(String path, Handler handler) {
        routes.get(path, handler);
        return this;
    }

    public RouteRegistry post(String path, Handler handler) {
        routes.post(path, handler);
        return this;
    }

    public RouteRegistry put(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    public RouteRegistry patch(String path, Handler handler) {
        routes.patch(path, handler);
        return this;
    }

    public RouteRegistry delete(String path, Handler handler) {
        routes.delete(path, handler);
        return this;
    }

    /**
     * A handler run before every request whose path matches {@code pathPattern} (e.g. {@code /admin/*}), whether or
     * not a route matches it: use it for authentication so that unknown paths under a protected prefix are 401 too.
     */
    public RouteRegistry before(String pathPattern, Handler handler) {
        routes.before(pathPattern, handler);
        return this;
    }

    /** A handler run before a request whose path matches {@code pathPattern} only when a route matches it. */
    public RouteRegistry beforeMatched(String pathPattern, Handler handler) {
        routes.beforeMatched(pathPattern, handler);
        return this;
    }
}
