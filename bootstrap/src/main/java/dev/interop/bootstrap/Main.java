package dev.interop.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar interop-server.jar}: reads the environment, starts the server, stops it on SIGTERM/SIGINT. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        ServerSettings settings;
        try {
            settings = SettingsReader.read(System.getenv());
        } catch (IllegalArgumentException badSetting) {
            System.err.println("interop: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        LOG.info("starting {}", settings);
        InteropServer server = InteropServer.start(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "interop-shutdown"));
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        System.out.println("Interop listening on http://" + host + ":" + server.port()
                + "  (health: /health/ready, contract: /openapi.json)");
    }
}
