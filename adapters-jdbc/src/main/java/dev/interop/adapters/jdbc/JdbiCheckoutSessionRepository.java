package dev.interop.adapters.jdbc;

import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link CheckoutSessionRepository} on {@code checkout_sessions}; saves are optimistic (R14). */
public final class JdbiCheckoutSessionRepository implements CheckoutSessionRepository {

    private static final String COLUMNS = "id, partner_id, journey, state, amount_minor, currency, token_hash,"
            + " created_at, expires_at, version, document";

    private static final RowMapper<CheckoutSessionRow> ROW = (rs, ctx) -> new CheckoutSessionRow(
            rs.getString("id"), rs.getString("partner_id"), rs.getString("journey"), rs.getString("state"),
            rs.getLong("amount_minor"), rs.getString("currency"), rs.getString("token_hash"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"), rs.getLong("version"),
            rs.getString("document"));

    private final JdbiTransactions transactions;

    public JdbiCheckoutSessionRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(CheckoutSession session) {
        CheckoutSessionRow row = CheckoutSessionMapper.toRow(session);
        transactions.write(handle -> {
            Rows.saveVersioned(handle, "ap_checkout_sessions", row.id(), row.version(),
                    "INSERT INTO ap_checkout_sessions (" + COLUMNS + ") VALUES (:id, :partnerId, :journey, :state,"
                            + " :amountMinor, :currency, :tokenHash, :createdAt, :expiresAt, :version, :document)",
                    "UPDATE ap_checkout_sessions SET state = :state, amount_minor = :amountMinor,"
                            + " currency = :currency, token_hash = :tokenHash, expires_at = :expiresAt,"
                            + " version = :version, document = :document WHERE id = :id AND version = :expected",
                    update -> update.bind("id", row.id()).bind("partnerId", row.partnerId())
                            .bind("journey", row.journey()).bind("state", row.state())
                            .bind("amountMinor", row.amountMinor()).bind("currency", row.currency())
                            .bind("tokenHash", row.tokenHash()).bind("createdAt", row.createdAt())
                            .bind("expiresAt", row.expiresAt()).bind("version", row.version())
                            .bind("document", row.document()));
            return null;
        });
    }

    @Override
    public Option<CheckoutSession> findById(CheckoutSessionId id) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM ap_checkout_sessions WHERE id = :id")
                .bind("id", id.value()).map(ROW).findOne()).map(CheckoutSessionMapper::fromRow));
    }

    @Override
    public List<CheckoutSession> findDue(Instant now, int limit) {
        if (limit <= 0) {
            return List.empty();
        }
        return transactions.read(handle -> List.ofAll(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM ap_checkout_sessions"
                                + " WHERE state = :open AND expires_at <= :now"
                                + " ORDER BY expires_at, id LIMIT :limit")
                .bind("open", CheckoutSessionKind.OPEN.name()).bind("now", now).bind("limit", limit)
                .map(ROW).list()).map(CheckoutSessionMapper::fromRow));
    }
}
