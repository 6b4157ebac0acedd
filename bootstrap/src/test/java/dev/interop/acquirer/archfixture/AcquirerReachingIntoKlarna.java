package dev.interop.acquirer.archfixture;

import dev.interop.klarna.domain.session.CustomerSession;

/** Broken on purpose: the acquirer context reading Klarna's customer session directly. */
public final class AcquirerReachingIntoKlarna {

    public String peek(CustomerSession session) {
        return session.id().value();
    }
}
