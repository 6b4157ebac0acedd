package dev.interop.adapters.jdbc;

import dev.interop.klarna.application.port.out.NotificationOutboxRepository;
import dev.interop.klarna.domain.notification.DeliveryState;
import dev.interop.klarna.domain.notification.DeliveryStatus;
import dev.interop.klarna.domain.notification.OutboxNotification;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * Klarna's notification outbox in {@code klarna_notification_outbox}, one row per notification and webhook, with an
 * explicit mapping of each {@link DeliveryState} to its columns (a pending row has {@code next_attempt_at} and maybe
 * {@code claimed_until} and {@code last_error}; a final one {@code finished_at}, and a failed one its reason in
 * {@code last_error}). Writes are optimistic on {@code version} (R14).
 *
 * <p>Claiming ({@link #claimDue}) never hands one due row to two workers and never holds a lock beyond its own short
 * transaction:
 * <ul>
 *   <li>PostgreSQL: one {@code UPDATE … FROM (SELECT … FOR UPDATE SKIP LOCKED) … RETURNING}: rows another claimer has
 *       locked are skipped, and a row it claimed and committed no longer matches (its {@code claimed_until} lies
 *       ahead), so concurrent claimers take disjoint sets without waiting for each other.</li>
 *   <li>H2 (no {@code SKIP LOCKED} in PostgreSQL mode): the due candidates are read without locks, then each is
 *       claimed by a conditional {@code UPDATE … WHERE event_id = ? AND version = ? AND <still due>} in a short
 *       transaction of its own: the version both orders the claimers (exactly one update of a version can
 *       succeed) and keeps the lock wait to one row's statement. A claimer whose update finds nothing lost that row
 *       and moves on, so a round may claim fewer rows than were due.</li>
 * </ul>
 * Called inside a unit of work, a claim joins it and holds its locks until that commits; the delivery worker calls
 * it outside any.
 */
public final class JdbiNotificationOutboxRepository implements NotificationOutboxRepository {

    private static final String COLUMNS = "event_id, webhook_id, event_type, body, status, attempts, created_at,"
            + " next_attempt_at, claimed_until, last_error, finished_at, version";
    private static final String DUE = "status = 'PENDING' AND next_attempt_at <= :now"
            + " AND (claimed_until IS NULL OR claimed_until <= :now)";

    private static final RowMapper<OutboxNotification> ROW = (rs, ctx) -> {
        String eventId = rs.getString("event_id");
        try {
            DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
            DeliveryState state = switch (status) {
                case PENDING -> new DeliveryState.Pending(Rows.instant(rs, "next_attempt_at"),
                        Option.of(Rows.instant(rs, "claimed_until")), Option.of(rs.getString("last_error")));
                case DELIVERED -> new DeliveryState.Delivered(Rows.instant(rs, "finished_at"));
                case FAILED -> new DeliveryState.Failed(Rows.instant(rs, "finished_at"), rs.getString("last_error"));
            };
            return new OutboxNotification(eventId, rs.getString("webhook_id"), rs.getString("event_type"),
                    rs.getString("body"), Rows.instant(rs, "created_at"), rs.getInt("attempts"), state,
                    rs.getLong("version"));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("outbox row " + eventId + " breaks an invariant", invalid);
        }
    };

    private static final Comparator<OutboxNotification> DUE_ORDER = Comparator
            .comparing((OutboxNotification n) -> ((DeliveryState.Pending) n.state()).nextAttemptAt())
            .thenComparing(OutboxNotification::eventId);

    private final JdbiTransactions transactions;

    public JdbiNotificationOutboxRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(OutboxNotification notification) {
        if (notification.version() != 1) {
            throw new IllegalArgumentException("a new notification is at version 1");
        }
        save(notification);
    }

    @Override
    public void save(OutboxNotification notification) {
        transactions.write(handle -> {
            Rows.saveVersioned(handle, "klarna_notification_outbox", notification.eventId(), notification.version(),
                    "INSERT INTO klarna_notification_outbox (" + COLUMNS + ") VALUES (:eventId, :webhookId,"
                            + " :eventType, :body, :status, :attempts, :createdAt, :nextAttemptAt, :claimedUntil,"
                            + " :lastError, :finishedAt, :version)",
                    "UPDATE klarna_notification_outbox SET body = :body, status = :status, attempts = :attempts,"
                            + " next_attempt_at = :nextAttemptAt, claimed_until = :claimedUntil,"
                            + " last_error = :lastError, finished_at = :finishedAt, version = :version"
                            + " WHERE event_id = :eventId AND version = :expected",
                    update -> bind(update, notification));
            return null;
        });
    }

    private static Update bind(Update update, OutboxNotification n) {
        Instant nextAttemptAt = null;
        Instant claimedUntil = null;
        String lastError = null;
        Instant finishedAt = null;
        switch (n.state().kind()) {
            case PENDING -> {
                DeliveryState.Pending pending = (DeliveryState.Pending) n.state();
                nextAttemptAt = pending.nextAttemptAt();
                claimedUntil = pending.claimedUntil().getOrNull();
                lastError = pending.lastError().getOrNull();
            }
            case DELIVERED -> finishedAt = ((DeliveryState.Delivered) n.state()).at();
            case FAILED -> {
                DeliveryState.Failed failed = (DeliveryState.Failed) n.state();
                finishedAt = failed.at();
                lastError = failed.reason();
            }
        }
        return update.bind("eventId", n.eventId()).bind("webhookId", n.webhookId()).bind("eventType", n.eventType())
                .bind("body", n.body()).bind("status", n.status().name()).bind("attempts", n.attempts())
                .bind("createdAt", n.createdAt()).bindByType("nextAttemptAt", nextAttemptAt, Instant.class)
                .bindByType("claimedUntil", claimedUntil, Instant.class).bind("lastError", lastError)
                .bindByType("finishedAt", finishedAt, Instant.class)
                .bind("version", n.version());
    }

    @Override
    public List<OutboxNotification> claimDue(Instant now, Instant claimedUntil, int limit) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        if (limit <= 0) {
            return List.empty();
        }
        return switch (transactions.dialect()) {
            case POSTGRESQL -> claimSkippingLocked(now, claimedUntil, limit);
            case H2 -> claimOneByOne(now, claimedUntil, limit);
        };
    }

    private List<OutboxNotification> claimSkippingLocked(Instant now, Instant claimedUntil, int limit) {
        return transactions.write(handle -> List.ofAll(handle.createQuery(
                        "UPDATE klarna_notification_outbox o SET claimed_until = :until, version = o.version + 1"
                                + " FROM (SELECT event_id FROM klarna_notification_outbox WHERE " + DUE
                                + " ORDER BY next_attempt_at, event_id LIMIT :limit FOR UPDATE SKIP LOCKED) due"
                                + " WHERE o.event_id = due.event_id"
                                + " RETURNING o.event_id, o.webhook_id, o.event_type, o.body, o.status, o.attempts,"
                                + " o.created_at, o.next_attempt_at, o.claimed_until, o.last_error, o.finished_at,"
                                + " o.version")
                .bind("until", claimedUntil).bind("now", now).bind("limit", limit)
                .map(ROW).list()).sorted(DUE_ORDER));
    }

    private List<OutboxNotification> claimOneByOne(Instant now, Instant claimedUntil, int limit) {
        record Candidate(String eventId, long version) {
        }
        List<Candidate> candidates = transactions.read(handle -> List.ofAll(handle.createQuery(
                        "SELECT event_id, version FROM klarna_notification_outbox WHERE " + DUE
                                + " ORDER BY next_attempt_at, event_id LIMIT :limit")
                .bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> new Candidate(rs.getString("event_id"), rs.getLong("version"))).list()));
        List<OutboxNotification> claimed = List.empty();
        for (Candidate candidate : candidates) {
            Option<OutboxNotification> won = transactions.write(handle -> {
                int updated = handle.createUpdate("UPDATE klarna_notification_outbox"
                                + " SET claimed_until = :until, version = version + 1"
                                + " WHERE event_id = :id AND version = :version AND " + DUE)
                        .bind("until", claimedUntil).bind("id", candidate.eventId())
                        .bind("version", candidate.version()).bind("now", now).execute();
                return updated == 1 ? find(handle, candidate.eventId()) : Option.<OutboxNotification>none();
            });
            claimed = won.isDefined() ? claimed.append(won.get()) : claimed;
        }
        return claimed;
    }

    @Override
    public Option<OutboxNotification> findById(String eventId) {
        return transactions.read(handle -> find(handle, eventId));
    }

    private static Option<OutboxNotification> find(Handle handle, String eventId) {
        return Option.ofOptional(handle.createQuery("SELECT " + COLUMNS
                        + " FROM klarna_notification_outbox WHERE event_id = :id")
                .bind("id", eventId).map(ROW).findOne());
    }

    @Override
    public List<OutboxNotification> findByWebhook(String webhookId) {
        return transactions.read(handle -> List.ofAll(handle.createQuery("SELECT " + COLUMNS
                        + " FROM klarna_notification_outbox WHERE webhook_id = :webhook ORDER BY created_at, event_id")
                .bind("webhook", webhookId).map(ROW).list()));
    }

    @Override
    public Map<DeliveryStatus, Long> countByStatus() {
        Map<String, Long> counted = transactions.read(handle -> LinkedHashMap.ofEntries(handle.createQuery(
                        "SELECT status, COUNT(*) AS n FROM klarna_notification_outbox GROUP BY status")
                .map((rs, ctx) -> Tuple.of(rs.getString("status"), rs.getLong("n"))).list()));
        Map<DeliveryStatus, Long> counts = LinkedHashMap.empty();
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts = counts.put(status, counted.get(status.name()).getOrElse(0L));
        }
        return counts;
    }
}
