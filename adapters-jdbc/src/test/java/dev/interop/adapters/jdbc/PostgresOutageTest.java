package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.interop.application.contract.Fixtures;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.Transition;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL server stops in the middle of a unit of work: the unit fails with an exception, nothing it wrote is
 * visible after the server is back (a session is there with its events or not at all), and the same pool serves the
 * next unit of work.
 */
class PostgresOutageTest {

    private static final int POOL_SIZE = 3;

    private DatabaseSettings settings;
    private Database database;
    private Storage storage;

    @BeforeEach
    void open() {
        settings = EmbeddedPostgresSupport.freshDatabase()
                .withPool(new PoolSettings(POOL_SIZE, 1, Duration.ofSeconds(2)));
        database = Database.open(settings);
        storage = JdbiTestStorage.on(database);
    }

    @AfterEach
    void leave_the_shared_server_running() {
        EmbeddedPostgresSupport.start();
        database.close();
    }

    private void saveWithEvents(Transition<CustomerSession> step) {
        storage.customerSessions().save(step.next());
        storage.events().append(Fixtures.storedEvents("customer_session", step.next().id().value(), step, T0));
    }

    @Test
    void a_unit_of_work_that_loses_the_server_between_two_writes_leaves_nothing_behind() {
        Transition<CustomerSession> started = Fixtures.sessionHistory(SessionKind.SUPPORTED).head();

        Throwable failure = catchThrowable(() -> storage.unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(started.next());
            EmbeddedPostgresSupport.stop();
            storage.events().append(Fixtures.storedEvents("customer_session", started.next().id().value(), started,
                    T0));
            return null;
        }));
        EmbeddedPostgresSupport.start();

        assertThat(failure).isInstanceOf(RuntimeException.class);
        assertNothingOf(started.next());
        assertThePoolServesAnotherUnit();
    }

    @Test
    void a_unit_of_work_whose_commit_never_reaches_the_server_leaves_nothing_behind() {
        Transition<CustomerSession> started = Fixtures.sessionHistory(SessionKind.SUPPORTED).head();

        Throwable failure = catchThrowable(() -> storage.unitOfWork().inTransaction(() -> {
            saveWithEvents(started);
            EmbeddedPostgresSupport.stop();
            return null;
        }));
        EmbeddedPostgresSupport.start();

        assertThat(failure).isInstanceOf(RuntimeException.class);
        assertNothingOf(started.next());
        assertThePoolServesAnotherUnit();
    }

    @Test
    void a_unit_of_work_started_while_the_server_is_down_fails_and_the_pool_recovers_once_it_is_back() {
        EmbeddedPostgresSupport.stop();
        Transition<CustomerSession> started = Fixtures.sessionHistory(SessionKind.SUPPORTED).head();

        Throwable failure = catchThrowable(() -> storage.unitOfWork().inTransaction(() -> {
            saveWithEvents(started);
            return null;
        }));
        EmbeddedPostgresSupport.start();

        assertThat(failure).isInstanceOf(RuntimeException.class);
        assertNothingOf(started.next());
        assertThePoolServesAnotherUnit();
    }

    /** Neither the session, nor its token index, nor its events, seen through this pool and through a new one. */
    private void assertNothingOf(CustomerSession session) {
        assertThat(healing(() -> storage.customerSessions().findById(session.id())).isEmpty()).isTrue();
        assertThat(storage.customerSessions().findByTokenHash(session.currentToken().hash()).isEmpty()).isTrue();
        assertThat(storage.events().timeline(session.id().value())).isEmpty();
        try (Database fresh = Database.open(settings)) {
            Storage other = JdbiTestStorage.on(fresh);
            assertThat(other.customerSessions().findById(session.id()).isEmpty()).isTrue();
            assertThat(other.events().timeline(session.id().value())).isEmpty();
        }
    }

    private void assertThePoolServesAnotherUnit() {
        Transition<CustomerSession> next = Fixtures.sessionHistory(SessionKind.SUPPORTED).head();
        healing(() -> storage.unitOfWork().inTransaction(() -> {
            saveWithEvents(next);
            return null;
        }));
        assertThat(storage.customerSessions().findById(next.next().id()).toJavaOptional()).contains(next.next());
        assertThat(storage.events().timeline(next.next().id().value())).hasSize(1);
    }

    /**
     * Runs {@code work}, allowing each pooled connection that died with the old server to fail once (HikariCP skips
     * its liveness check for a connection used within the last 500 ms, so the first borrower of such a connection sees
     * it broken and the pool evicts it). More failures than connections means the pool did not heal.
     */
    private static <T> T healing(Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 0; attempt <= POOL_SIZE; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }
}
