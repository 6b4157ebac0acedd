package dev.interop.bootstrap;

import dev.interop.adapters.http.testing.HttpJourneysContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;
import dev.interop.adapters.jdbc.EmbeddedPostgresSupport;

/** The HTTP Journeys contract against the whole server on a real (embedded) PostgreSQL. */
class PostgresHttpJourneysTest extends HttpJourneysContract {

    @Override
    protected InteropHttpFixture startFixture() {
        return ServerFixtures.fixture(ServerFixtures.postgres(EmbeddedPostgresSupport.freshDatabase()).build());
    }
}
