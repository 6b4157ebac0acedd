package dev.interop.bootstrap;

import dev.interop.adapters.http.testing.HttpJourneysContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;

/** The HTTP Journeys contract against the whole server on the embedded H2 file database (the default run). */
class H2HttpJourneysTest extends HttpJourneysContract {

    @Override
    protected InteropHttpFixture startFixture() {
        return ServerFixtures.fixture(ServerFixtures.settings().build());
    }
}
