package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.interop.application.contract.Fixtures;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.SessionKind;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the unit of work promises beyond the port contract: isolation between threads and no leaked connections. */
class JdbiUnitOfWorkTest {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void another_thread_sees_a_unit_s_writes_only_once_it_committed(TestDatabase kind) throws Exception {
        try (Database database = kind.open()) {
            Storage storage = JdbiTestStorage.on(database);
            CustomerSession session = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();

            boolean seenBeforeCommit = storage.unitOfWork().inTransaction(() -> {
                storage.customerSessions().save(session);
                assertThat(storage.customerSessions().findById(session.id()).isDefined()).isTrue();
                return CompletableFuture.supplyAsync(() -> storage.customerSessions().findById(session.id())
                        .isDefined()).join();
            });

            assertThat(seenBeforeCommit).as("READ COMMITTED: another thread does not join the unit").isFalse();
            assertThat(CompletableFuture.supplyAsync(() -> storage.customerSessions().findById(session.id())
                    .isDefined()).get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void failing_units_return_their_connections_to_the_pool(TestDatabase kind) {
        DatabaseSettings settings = kind.fresh().withPool(new PoolSettings(2, 1, Duration.ofSeconds(2)));
        try (Database database = Database.open(settings)) {
            Storage storage = JdbiTestStorage.on(database);
            for (int unit = 0; unit < 20; unit++) {
                CustomerSession session = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();
                Throwable failure = catchThrowable(() -> storage.unitOfWork().inTransaction(() -> {
                    storage.customerSessions().save(session);
                    storage.customerSessions().save(session);
                    return null;
                }));
                assertThat(failure).isNotNull();
            }

            CustomerSession last = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();
            storage.unitOfWork().inTransaction(() -> {
                storage.customerSessions().save(last);
                return null;
            });
            assertThat(storage.customerSessions().findById(last.id()).isDefined()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void units_run_at_read_committed(TestDatabase kind) {
        try (Database database = kind.open()) {
            int isolation = database.jdbi().withHandle(handle -> {
                try {
                    return handle.getConnection().getTransactionIsolation();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(isolation).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }
}
