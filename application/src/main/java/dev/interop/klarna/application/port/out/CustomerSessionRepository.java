package dev.interop.klarna.application.port.out;

import dev.interop.shared.application.port.ConcurrentUpdateException;

import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Klarna-side customer sessions. {@link #save} is optimistic (R14): it writes version {@code v} only over
 * {@code v - 1} (or inserts at 1) and otherwise throws {@link ConcurrentUpdateException}; it indexes every token
 * hash the session issued (R3), each hash belonging to exactly one session.
 */
public interface CustomerSessionRepository {

    void save(CustomerSession session);

    Option<CustomerSession> findById(CustomerSessionId id);

    /** The session that issued this token, current or earlier. */
    Option<CustomerSession> findByTokenHash(TokenHash hash);

    /** Up to {@code limit} active sessions whose lifetime ended at or before {@code now}, oldest first. */
    List<CustomerSession> findDue(java.time.Instant now, int limit);
}
