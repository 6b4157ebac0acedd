package dev.interop.adapters.http;

/**
 * What a controller gives the server: it registers its endpoints (and any before-handler guarding them, such as
 * an authentication check) on the registry. Called once, while the server is built.
 */
@FunctionalInterface
public interface Routes {

    void register(RouteRegistry routes);
}
