package dev.interop.adapters.http.archfixture;

import dev.interop.adapters.jdbc.Database;
import dev.interop.klarna.application.service.OnboardPartnerService;

/** Broken on purpose: the HTTP adapter reaching a service implementation and the JDBC adapter. */
public final class HttpCallingAServiceAndJdbc {

    public String names(OnboardPartnerService service, Database database) {
        return service.toString() + database;
    }
}
