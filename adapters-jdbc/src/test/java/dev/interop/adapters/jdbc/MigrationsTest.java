package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void applies_every_migration_and_records_it_in_the_history(TestDatabase kind) {
        try (Database database = Database.connect(kind.fresh())) {
            assertThat(database.migrate()).isEqualTo(3);

            for (Migrations.Context context : Migrations.Context.values()) {
                List<String> history = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT version || ':' || description FROM " + context.historyTable()
                                + " WHERE success AND version IS NOT NULL AND version <> '0'"
                                + " ORDER BY installed_rank").mapTo(String.class).list());
                assertThat(history).as("%s has a history of its own", context).first()
                        .isEqualTo("1:" + context.name().toLowerCase(java.util.Locale.ROOT) + " baseline");
            }
            assertThat(tables(database)).contains("ap_idempotency_keys", "ap_events", "ap_partners",
                    "ap_checkout_sessions", "ap_payments", "ap_klarna_notifications", "klarna_idempotency_keys",
                    "klarna_events", "klarna_partner_accounts", "klarna_customer_tokens", "klarna_customer_sessions",
                    "klarna_customer_session_tokens", "klarna_payment_requests", "klarna_payment_transactions",
                    "klarna_webhooks", "klarna_webhook_signing_keys", "klarna_notification_outbox",
                    "klarna_completion_tokens");
            assertThat(tables(database)).as("every table is one context's").allMatch(table ->
                    table.startsWith("ap_") || table.startsWith("klarna_") || table.startsWith("flyway_"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrating_an_up_to_date_database_applies_nothing(TestDatabase kind) {
        try (Database database = kind.open()) {
            assertThat(database.migrate()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void idempotency_keys_hold_one_row_per_scope_and_key(TestDatabase kind) {
        try (Database database = kind.open()) {
            database.jdbi().useHandle(h -> {
                insertKey(h, "partner-a", "key-1", "IN_FLIGHT", null);
                insertKey(h, "partner-b", "key-1", "IN_FLIGHT", null);
                assertThatThrownBy(() -> insertKey(h, "partner-a", "key-1", "IN_FLIGHT", null))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                int completed = h.createUpdate("UPDATE ap_idempotency_keys SET status = 'COMPLETED',"
                        + " response_status = 201, response_body = :body"
                        + " WHERE scope = 'partner-a' AND idempotency_key = 'key-1' AND status = 'IN_FLIGHT'")
                        .bind("body", "{\"id\":\"x\"}").execute();
                assertThat(completed).isEqualTo(1);
                assertThat(h.createQuery("SELECT response_body FROM ap_idempotency_keys WHERE scope = 'partner-a'")
                        .mapTo(String.class).one()).isEqualTo("{\"id\":\"x\"}");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void idempotency_keys_refuse_an_unknown_status_and_a_completion_without_response(TestDatabase kind) {
        try (Database database = kind.open()) {
            database.jdbi().useHandle(h -> {
                assertThatThrownBy(() -> insertKey(h, "p", "k1", "DONE", 200))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                assertThatThrownBy(() -> insertKey(h, "p", "k2", "COMPLETED", null))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                insertKey(h, "p", "k3", "COMPLETED", 200);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void events_refuse_a_second_event_with_the_same_sequence(TestDatabase kind) {
        try (Database database = kind.open()) {
            database.jdbi().useHandle(h -> {
                insertEvent(h, "session-1", 1);
                insertEvent(h, "session-1", 2);
                insertEvent(h, "session-2", 1);
                assertThatThrownBy(() -> insertEvent(h, "session-1", 2))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                assertThat(h.createQuery("SELECT sequence FROM ap_events WHERE aggregate_id = :id ORDER BY sequence")
                        .bind("id", "session-1").mapTo(Long.class).list()).containsExactly(1L, 2L);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_notification_outbox_refuses_an_unknown_status_and_rows_missing_their_state_s_time(TestDatabase kind) {
        try (Database database = kind.open()) {
            database.jdbi().useHandle(h -> {
                insertOutbox(h, "e1", "PENDING", T0, null);
                insertOutbox(h, "e2", "DELIVERED", null, T0);
                assertThatThrownBy(() -> insertOutbox(h, "e1", "PENDING", T0, null))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                assertThatThrownBy(() -> insertOutbox(h, "e3", "SENT", T0, null))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                assertThatThrownBy(() -> insertOutbox(h, "e4", "PENDING", null, null))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                assertThatThrownBy(() -> insertOutbox(h, "e5", "FAILED", null, null))
                        .isInstanceOf(UnableToExecuteStatementException.class);
                assertThat(h.createQuery("SELECT COUNT(*) FROM klarna_notification_outbox")
                        .mapTo(Integer.class).one()).isEqualTo(2);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void instants_round_trip_exactly_at_microsecond_precision(TestDatabase kind) {
        Instant withNanos = Instant.parse("2026-10-25T01:30:00.123456789Z");
        try (Database database = kind.open()) {
            database.jdbi().useHandle(h -> {
                insertKey(h, "p", "k", "IN_FLIGHT", null, T0, withNanos);
                assertThat(h.createQuery("SELECT created_at FROM ap_idempotency_keys").mapTo(Instant.class).one())
                        .isEqualTo(T0);
                assertThat(h.createQuery("SELECT expires_at FROM ap_idempotency_keys").mapTo(Instant.class).one())
                        .isEqualTo(Instant.parse("2026-10-25T01:30:00.123456Z"));
                assertThat(h.createQuery("SELECT COUNT(*) FROM ap_idempotency_keys WHERE expires_at > :t")
                        .bind("t", T0).mapTo(Integer.class).one()).isEqualTo(1);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void every_dialect_runs_each_context_s_common_scripts_first(Dialect dialect) {
        assertThat(Migrations.locations(Migrations.Context.ACQUIRER, dialect)).first()
                .isEqualTo("classpath:db/migration/acquirer");
        assertThat(Migrations.locations(Migrations.Context.KLARNA, dialect)).first()
                .isEqualTo("classpath:db/migration/klarna");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_service_of_one_context_migrates_only_that_context_s_tables(TestDatabase kind) {
        try (Database database = Database.connect(kind.fresh())) {
            assertThat(database.migrate(java.util.EnumSet.of(Migrations.Context.KLARNA))).isEqualTo(2);

            assertThat(tables(database)).contains("klarna_payment_requests").noneMatch(t -> t.startsWith("ap_"));
        }
    }

    private static List<String> tables(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT LOWER(table_name) FROM information_schema.tables"
                        + " WHERE LOWER(table_schema) = 'public'").mapTo(String.class).list());
    }

    private static void insertKey(Handle h, String scope, String key, String status, Integer responseStatus) {
        insertKey(h, scope, key, status, responseStatus, T0, T0.plusSeconds(86_400));
    }

    private static void insertKey(Handle h, String scope, String key, String status, Integer responseStatus,
            Instant createdAt, Instant expiresAt) {
        h.createUpdate("INSERT INTO ap_idempotency_keys (scope, idempotency_key, request_fingerprint, status,"
                + " response_status, response_body, created_at, expires_at)"
                + " VALUES (:scope, :key, :fingerprint, :status, :responseStatus, NULL, :createdAt, :expiresAt)")
                .bind("scope", scope).bind("key", key).bind("fingerprint", "f".repeat(64))
                .bind("status", status).bind("responseStatus", responseStatus)
                .bind("createdAt", createdAt).bind("expiresAt", expiresAt)
                .execute();
    }

    private static void insertOutbox(Handle h, String eventId, String status, Instant nextAttemptAt,
            Instant finishedAt) {
        h.createUpdate("INSERT INTO klarna_notification_outbox (event_id, webhook_id, event_type, body, status,"
                + " attempts, created_at, next_attempt_at, finished_at, version)"
                + " VALUES (:id, 'w', 'payment.request.state-change.completed', '{}', :status, 0, :at, :next,"
                + " :finished, 1)")
                .bind("id", eventId).bind("status", status).bind("at", T0)
                .bindByType("next", nextAttemptAt, Instant.class).bindByType("finished", finishedAt, Instant.class)
                .execute();
    }

    private static void insertEvent(Handle h, String aggregateId, long sequence) {
        h.createUpdate("INSERT INTO ap_events (aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload)"
                + " VALUES ('customer_session', :id, :sequence, 'customer_session.created', :at, '{}')")
                .bind("id", aggregateId).bind("sequence", sequence).bind("at", T0).execute();
    }
}
