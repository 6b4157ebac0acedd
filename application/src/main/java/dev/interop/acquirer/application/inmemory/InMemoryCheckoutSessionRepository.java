package dev.interop.acquirer.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/** {@link CheckoutSessionRepository} on an {@link InMemoryDatabase}. */
public final class InMemoryCheckoutSessionRepository implements CheckoutSessionRepository {

    private final InMemoryDatabase.Table<CheckoutSessionId, CheckoutSession> sessions;

    public InMemoryCheckoutSessionRepository(InMemoryDatabase db) {
        this.sessions = db.table("checkout_sessions");
    }

    @Override
    public void save(CheckoutSession session) {
        sessions.saveVersioned(session.id(), session, session.version(), CheckoutSession::version);
    }

    @Override
    public Option<CheckoutSession> findById(CheckoutSessionId id) {
        return sessions.get(id);
    }

    @Override
    public List<CheckoutSession> findDue(Instant now, int limit) {
        return sessions.rows().values().filter(session -> session.isDueToExpireAt(now))
                .sortBy(CheckoutSession::expiresAt).take(limit).toList();
    }
}
