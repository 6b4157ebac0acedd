package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RestartTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_row_written_through_one_pool_is_read_through_a_new_pool_after_the_first_closed(TestDatabase kind) {
        DatabaseSettings settings = kind.fresh();
        Instant at = Instant.parse("2026-01-02T03:04:05.678901Z");

        Database first = Database.open(settings);
        first.jdbi().useHandle(h -> h.createUpdate("INSERT INTO ap_events"
                + " (aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload)"
                + " VALUES ('payment', 'pay-1', 1, 'payment.authorized', :at, '{\"amount\":1000}')")
                .bind("at", at).execute());
        first.close();
        assertThat(first.isClosed()).isTrue();

        try (Database second = Database.open(settings)) {
            assertThat(second.migrate()).isZero();
            var row = second.jdbi().withHandle(h -> h.createQuery(
                    "SELECT event_type, occurred_at, payload FROM ap_events WHERE aggregate_id = 'pay-1'")
                    .map((rs, ctx) -> rs.getString("event_type") + "|"
                            + ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "occurred_at", ctx)
                            + "|" + rs.getString("payload"))
                    .one());
            assertThat(row).isEqualTo("payment.authorized|2026-01-02T03:04:05.678901Z|{\"amount\":1000}");
        }
    }
}
