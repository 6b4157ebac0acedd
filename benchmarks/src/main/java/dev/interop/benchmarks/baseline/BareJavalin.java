package dev.interop.benchmarks.baseline;

import io.javalin.Javalin;

/**
 * The HTTP ceiling: Javalin 7 (the same version and Jetty as the server) with one route, {@code GET /ping}, answering
 * a constant JSON document, and nothing else: no request logging, no metrics, no correlation ids, no JSON mapper.
 * {@code BareJavalin [PORT]} listens on 127.0.0.1 (default port 0, a free one) and prints {@code listening PORT}.
 */
public final class BareJavalin {

    private static final String PONG = "{\"pong\":true}";

    private BareJavalin() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Javalin app = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-javalin-stop"));
        System.out.println("listening " + app.port());
    }

    /** A started server on 127.0.0.1 and {@code port}. */
    public static Javalin start(int port) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.get("/ping", ctx -> ctx.contentType("application/json").result(PONG));
        }).start();
    }
}
