package dev.interop.adapters.jdbc.archfixture;

import dev.interop.bootstrap.InteropServer;
import dev.interop.composition.AcquirerSide;

/** Broken on purpose: the JDBC adapter depending on the wiring and the server. */
public final class JdbcOnTheWiring {

    public String names(AcquirerSide side, InteropServer server) {
        return side.toString() + server;
    }
}
