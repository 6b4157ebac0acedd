package dev.interop.adapters.jdbc;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.IssuedToken;
import dev.interop.klarna.domain.session.SessionLifecycle;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link CustomerSessionRepository} on {@code customer_sessions} and {@code customer_session_tokens}. A save writes
 * the session optimistically (R14) and then indexes every token hash it has not indexed yet; a hash another session
 * owns is a {@link ConcurrentUpdateException} and the whole save rolls back.
 */
public final class JdbiCustomerSessionRepository implements CustomerSessionRepository {

    private static final String COLUMNS =
            "s.id, s.partner_id, s.kind, s.lifecycle, s.created_at, s.expires_at, s.version, s.document";

    private static final RowMapper<CustomerSessionRow> ROW = (rs, ctx) -> new CustomerSessionRow(
            rs.getString("id"), rs.getString("partner_id"), rs.getString("kind"), rs.getString("lifecycle"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"), rs.getLong("version"),
            rs.getString("document"));

    private final JdbiTransactions transactions;

    public JdbiCustomerSessionRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(CustomerSession session) {
        CustomerSessionRow row = CustomerSessionMapper.toRow(session);
        transactions.write(handle -> {
            Rows.saveVersioned(handle, "klarna_customer_sessions", row.id(), row.version(),
                    "INSERT INTO klarna_customer_sessions"
                            + " (id, partner_id, kind, lifecycle, created_at, expires_at, version, document)"
                            + " VALUES (:id, :partnerId, :kind, :lifecycle, :createdAt, :expiresAt, :version,"
                            + " :document)",
                    "UPDATE klarna_customer_sessions SET kind = :kind, lifecycle = :lifecycle, expires_at = :expiresAt,"
                            + " version = :version, document = :document"
                            + " WHERE id = :id AND version = :expected",
                    update -> update.bind("id", row.id()).bind("partnerId", row.partnerId())
                            .bind("kind", row.kind()).bind("lifecycle", row.lifecycle())
                            .bind("createdAt", row.createdAt()).bind("expiresAt", row.expiresAt())
                            .bind("version", row.version()).bind("document", row.document()));
            indexTokens(handle, session);
            return null;
        });
    }

    private static void indexTokens(Handle handle, CustomerSession session) {
        Set<String> indexed = HashSet.ofAll(handle.createQuery(
                        "SELECT token_hash FROM klarna_customer_session_tokens WHERE session_id = :id")
                .bind("id", session.id().value()).mapTo(String.class).list());
        List<String> missing = session.tokens().map(IssuedToken::hash).map(TokenHash::hex)
                .filter(hex -> !indexed.contains(hex));
        for (String hex : missing) {
            SqlErrors.uniqueAsConflict("a token hash of customer session " + session.id()
                            + " belongs to another session",
                    () -> handle.createUpdate("INSERT INTO klarna_customer_session_tokens (token_hash, session_id)"
                            + " VALUES (:hash, :id)").bind("hash", hex).bind("id", session.id().value()).execute());
        }
    }

    @Override
    public Option<CustomerSession> findById(CustomerSessionId id) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM klarna_customer_sessions s WHERE s.id = :id")
                .bind("id", id.value()).map(ROW).findOne()).map(CustomerSessionMapper::fromRow));
    }

    @Override
    public Option<CustomerSession> findByTokenHash(TokenHash hash) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM klarna_customer_session_tokens t"
                                + " JOIN klarna_customer_sessions s ON s.id = t.session_id WHERE t.token_hash = :hash")
                .bind("hash", hash.hex()).map(ROW).findOne()).map(CustomerSessionMapper::fromRow));
    }

    @Override
    public List<CustomerSession> findDue(Instant now, int limit) {
        if (limit <= 0) {
            return List.empty();
        }
        return transactions.read(handle -> List.ofAll(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM klarna_customer_sessions s"
                                + " WHERE s.lifecycle = :active AND s.expires_at <= :now"
                                + " ORDER BY s.expires_at, s.id LIMIT :limit")
                .bind("active", SessionLifecycle.Stage.ACTIVE.name()).bind("now", now).bind("limit", limit).map(ROW).list()).map(CustomerSessionMapper::fromRow));
    }
}
