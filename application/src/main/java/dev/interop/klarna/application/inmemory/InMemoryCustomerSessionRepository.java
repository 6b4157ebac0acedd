package dev.interop.klarna.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.IssuedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/** {@link CustomerSessionRepository} on an {@link InMemoryDatabase}, with a token-hash index. */
public final class InMemoryCustomerSessionRepository implements CustomerSessionRepository {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<CustomerSessionId, CustomerSession> sessions;
    private final InMemoryDatabase.Table<TokenHash, CustomerSessionId> tokens;

    public InMemoryCustomerSessionRepository(InMemoryDatabase db) {
        this.db = db;
        this.sessions = db.table("customer_sessions");
        this.tokens = db.table("customer_session_tokens");
    }

    @Override
    public void save(CustomerSession session) {
        db.inTransaction(() -> {
            sessions.saveVersioned(session.id(), session, session.version(), CustomerSession::version);
            for (IssuedToken token : session.tokens()) {
                Option<CustomerSessionId> owner = tokens.get(token.hash());
                if (owner.isDefined() && !owner.get().equals(session.id())) {
                    throw new ConcurrentUpdateException("a token hash belongs to another session");
                }
                tokens.put(token.hash(), session.id());
            }
            return null;
        });
    }

    @Override
    public Option<CustomerSession> findById(CustomerSessionId id) {
        return sessions.get(id);
    }

    @Override
    public Option<CustomerSession> findByTokenHash(TokenHash hash) {
        return db.inTransaction(() -> tokens.get(hash).flatMap(sessions::get));
    }

    @Override
    public List<CustomerSession> findDue(Instant now, int limit) {
        return sessions.rows().values().filter(session -> session.isActive() && session.isDue(now))
                .sortBy(CustomerSession::expiresAt).take(limit).toList();
    }
}
