package dev.interop.bootstrap;

import dev.interop.adapters.http.testing.HttpJourneysContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;

/**
 * The four journeys, step-up, decline, shipping changes and idempotency over the split deployment: an acquirer
 * server and a Klarna sandbox server, two databases, real HTTP both ways (the HTTP Klarna client one way, Klarna's
 * signed notifications through its outbox the other), exactly as one server answers them (R22).
 */
class SplitPairHttpJourneysTest extends HttpJourneysContract {

    @Override
    protected InteropHttpFixture startFixture() {
        return ServerFixtures.splitPair();
    }
}
