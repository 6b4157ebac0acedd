package dev.interop.adapters.jdbc;

import dev.interop.shared.application.port.StoredResponse;
import dev.interop.shared.application.port.IdempotencyStore;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * {@link IdempotencyStore} on a context's idempotency table, one row per (scope, key). A claim is atomic without locks
 * held across requests: it inserts the row (on PostgreSQL {@code ON CONFLICT DO NOTHING}; on H2, whose failed
 * statement leaves the transaction usable, a plain insert whose unique violation is caught); finding a row, it
 * answers {@code Completed} or {@code InFlight}, or takes over an expired record or a lapsed lease with a conditional
 * {@code UPDATE} that only one of several racing claimers can win. Server errors are never stored: the service
 * releases such keys.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {

    private static final String IN_FLIGHT = "IN_FLIGHT";
    private static final String COMPLETED = "COMPLETED";

    /** Rounds of insert / read / take over before giving up; each lost round means another claimer won. */
    private static final int ATTEMPTS = 5;

    private final JdbiTransactions transactions;
    private final String table;

    /** The store on {@code table} (a context's own: {@code ap_idempotency_keys} or {@code klarna_idempotency_keys}). */
    public JdbiIdempotencyStore(JdbiTransactions transactions, String table) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.table = Objects.requireNonNull(table, "table");
        if (!table.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }

    private record Entry(String fingerprint, String status, Integer responseStatus, String responseBody,
            Instant leaseUntil, Instant expiresAt) {
    }

    @Override
    public Claim claim(Key key, String fingerprint, Instant now, Instant leaseUntil, Instant expiresAt) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        return transactions.write(handle -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (insert(handle, key, fingerprint, now, leaseUntil, expiresAt)) {
                    return new Claim.Claimed();
                }
                Option<Entry> found = find(handle, key);
                if (found.isEmpty()) {
                    continue;
                }
                Entry entry = found.get();
                if (entry.expiresAt().isAfter(now)) {
                    if (COMPLETED.equals(entry.status())) {
                        return new Claim.Completed(entry.fingerprint(),
                                new StoredResponse(entry.responseStatus(), entry.responseBody()));
                    }
                    if (entry.leaseUntil() == null || entry.leaseUntil().isAfter(now)) {
                        return new Claim.InFlight(entry.fingerprint());
                    }
                }
                if (takeOver(handle, key, fingerprint, now, leaseUntil, expiresAt)) {
                    return new Claim.Claimed();
                }
            }
            throw new IllegalStateException("could not claim idempotency key " + key.key() + " of " + key.scope()
                    + " in " + ATTEMPTS + " rounds");
        });
    }

    private boolean insert(Handle handle, Key key, String fingerprint, Instant now, Instant leaseUntil,
            Instant expiresAt) {
        String insert = "INSERT INTO " + table + " (scope, idempotency_key, request_fingerprint, status,"
                + " created_at, lease_until, expires_at)"
                + " VALUES (:scope, :key, :fingerprint, :inFlight, :now, :leaseUntil, :expiresAt)";
        return switch (transactions.dialect()) {
            case POSTGRESQL -> bindClaim(handle.createUpdate(insert + " ON CONFLICT DO NOTHING"), key, fingerprint,
                    now, leaseUntil, expiresAt) == 1;
            case H2 -> {
                try {
                    yield bindClaim(handle.createUpdate(insert), key, fingerprint, now, leaseUntil, expiresAt) == 1;
                } catch (RuntimeException failure) {
                    if (SqlErrors.isUniqueViolation(failure)) {
                        yield false;
                    }
                    throw failure;
                }
            }
        };
    }

    private static int bindClaim(org.jdbi.v3.core.statement.Update update, Key key, String fingerprint, Instant now,
            Instant leaseUntil, Instant expiresAt) {
        return update.bind("scope", key.scope()).bind("key", key.key()).bind("fingerprint", fingerprint)
                .bind("inFlight", IN_FLIGHT).bind("now", now).bind("leaseUntil", leaseUntil)
                .bind("expiresAt", expiresAt).execute();
    }

    private boolean takeOver(Handle handle, Key key, String fingerprint, Instant now, Instant leaseUntil,
            Instant expiresAt) {
        return bindClaim(handle.createUpdate("UPDATE " + table + " SET request_fingerprint = :fingerprint,"
                        + " status = :inFlight, response_status = NULL, response_body = NULL, created_at = :now,"
                        + " lease_until = :leaseUntil, expires_at = :expiresAt"
                        + " WHERE scope = :scope AND idempotency_key = :key"
                        + " AND (expires_at <= :now OR (status = :inFlight AND lease_until <= :now))"),
                key, fingerprint, now, leaseUntil, expiresAt) == 1;
    }

    private Option<Entry> find(Handle handle, Key key) {
        return Option.ofOptional(handle.createQuery("SELECT request_fingerprint, status, response_status,"
                        + " response_body, lease_until, expires_at FROM " + table
                        + " WHERE scope = :scope AND idempotency_key = :key")
                .bind("scope", key.scope()).bind("key", key.key())
                .map((rs, ctx) -> {
                    int status = rs.getInt("response_status");
                    return new Entry(rs.getString("request_fingerprint"), rs.getString("status"),
                            rs.wasNull() ? null : status, rs.getString("response_body"),
                            Rows.instant(rs, "lease_until"), Rows.instant(rs, "expires_at"));
                })
                .findOne());
    }

    @Override
    public void complete(Key key, StoredResponse response) {
        Objects.requireNonNull(response, "response");
        int updated = transactions.write(handle -> handle.createUpdate("UPDATE " + table
                        + " SET status = :completed, response_status = :status, response_body = :body"
                        + " WHERE scope = :scope AND idempotency_key = :key")
                .bind("completed", COMPLETED).bind("status", response.status()).bind("body", response.body())
                .bind("scope", key.scope()).bind("key", key.key()).execute());
        if (updated == 0) {
            throw new IllegalStateException("idempotency key " + key.key() + " of " + key.scope()
                    + " was not claimed");
        }
    }

    @Override
    public void release(Key key) {
        transactions.write(handle -> handle.createUpdate(
                        "DELETE FROM " + table + " WHERE scope = :scope AND idempotency_key = :key")
                .bind("scope", key.scope()).bind("key", key.key()).execute());
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        if (limit <= 0) {
            return 0;
        }
        return transactions.write(handle -> {
            List<Key> due = List.ofAll(handle.createQuery("SELECT scope, idempotency_key FROM " + table
                            + " WHERE expires_at <= :now ORDER BY expires_at, scope, idempotency_key LIMIT :limit")
                    .bind("now", now).bind("limit", limit)
                    .map((rs, ctx) -> new Key(rs.getString("scope"), rs.getString("idempotency_key")))
                    .list());
            int deleted = 0;
            for (Key key : due) {
                deleted += handle.createUpdate("DELETE FROM " + table
                                + " WHERE scope = :scope AND idempotency_key = :key AND expires_at <= :now")
                        .bind("scope", key.scope()).bind("key", key.key()).bind("now", now).execute();
            }
            return deleted;
        });
    }
}
