package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresOutageTest {

    private static final int POOL_SIZE = 4;

    @AfterEach
    void leave_the_shared_server_running() {
        EmbeddedPostgresSupport.start();
    }

    @Test
    void queries_fail_while_the_server_is_down_and_committed_rows_survive_its_restart() {
        DatabaseSettings settings = EmbeddedPostgresSupport.freshDatabase()
                .withPool(new PoolSettings(POOL_SIZE, 2, Duration.ofSeconds(1)));
        int port = EmbeddedPostgresSupport.port();
        try (Database database = Database.open(settings)) {
            Jdbi jdbi = database.jdbi();
            insert(jdbi, 1);

            EmbeddedPostgresSupport.stop();
            assertThat(EmbeddedPostgresSupport.isRunning()).isFalse();

            Throwable failure = catchThrowable(() -> count(jdbi));
            assertThat(failure).isNotNull();
            Throwable sqlFailure = deepestSqlException(failure);
            assertThat(sqlFailure).as("an SQLException in the cause chain of %s", failure)
                    .isInstanceOf(SQLException.class);

            EmbeddedPostgresSupport.start();
            assertThat(EmbeddedPostgresSupport.port()).isEqualTo(port);
            assertThat(countHealing(jdbi, POOL_SIZE)).as("the same pool reconnects after the restart").isEqualTo(1);
            insert(jdbi, 2);
        }
        try (Database reopened = Database.open(settings)) {
            assertThat(count(reopened.jdbi())).isEqualTo(2);
        }
    }

    private static void insert(Jdbi jdbi, long sequence) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO ap_events"
                + " (aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload)"
                + " VALUES ('payment', 'pay-1', :sequence, 'payment.authorized', :at, '{}')")
                .bind("sequence", sequence).bind("at", Instant.parse("2026-01-01T00:00:00Z")).execute());
    }

    private static int count(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ap_events").mapTo(Integer.class).one());
    }

    /**
     * Counts the rows, allowing each pooled connection that died with the old server to fail once: HikariCP does not
     * validate a connection used less than 500 ms ago, so right after a quick restart the first borrower of such a
     * connection sees it broken and the pool evicts it. More failures than connections means the pool did not heal.
     */
    private static int countHealing(Jdbi jdbi, int poolSize) {
        RuntimeException last = null;
        for (int attempt = 0; attempt <= poolSize; attempt++) {
            try {
                return count(jdbi);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    private static Throwable deepestSqlException(Throwable failure) {
        Throwable found = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                found = t;
            }
        }
        return found;
    }
}
