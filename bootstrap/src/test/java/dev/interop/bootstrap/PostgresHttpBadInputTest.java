package dev.interop.bootstrap;

import dev.interop.adapters.http.testing.HttpBadInputContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;
import dev.interop.adapters.jdbc.EmbeddedPostgresSupport;

/** The HTTP BadInput contract against the whole server on a real (embedded) PostgreSQL. */
class PostgresHttpBadInputTest extends HttpBadInputContract {

    @Override
    protected InteropHttpFixture startFixture() {
        return ServerFixtures.fixture(ServerFixtures.postgres(EmbeddedPostgresSupport.freshDatabase()).build());
    }
}
