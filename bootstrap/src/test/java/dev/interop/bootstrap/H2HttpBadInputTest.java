package dev.interop.bootstrap;

import dev.interop.adapters.http.testing.HttpBadInputContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;

/** The HTTP BadInput contract against the whole server on the embedded H2 file database (the default run). */
class H2HttpBadInputTest extends HttpBadInputContract {

    @Override
    protected InteropHttpFixture startFixture() {
        return ServerFixtures.fixture(ServerFixtures.settings().build());
    }
}
