package dev.interop.bootstrap;

import dev.interop.adapters.http.testing.HttpJourneysContract;
import dev.interop.adapters.http.testing.InteropHttpFixture;
import dev.interop.adapters.jdbc.EmbeddedPostgresSupport;

/** The journey suite over the split deployment with each service on a PostgreSQL database of its own. */
class SplitPairPostgresHttpJourneysTest extends HttpJourneysContract {

    @Override
    protected InteropHttpFixture startFixture() {
        return ServerFixtures.splitPair(ServerFixtures.postgres(EmbeddedPostgresSupport.freshDatabase()),
                ServerFixtures.postgres(EmbeddedPostgresSupport.freshDatabase()));
    }
}
