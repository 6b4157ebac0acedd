package dev.interop.application.inmemory;

import dev.interop.application.port.out.ConcurrentUpdateException;
import dev.interop.application.port.out.CustomerSessionRepository;
import dev.interop.domain.session.CustomerSession;
import dev.interop.domain.session.CustomerSessionId;
import dev.interop.domain.session.IssuedToken;
import dev.interop.domain.token.TokenHash;
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
