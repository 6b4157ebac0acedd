package dev.interop.acquirer.application.port.out;



import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The Acquiring Partner's checkout sessions; {@link #save} is optimistic exactly as
 * a stale version fails and changes nothing (R14). Tenant isolation is the caller's: it compares the session's partner.
 */
public interface CheckoutSessionRepository {

    void save(CheckoutSession session);

    Option<CheckoutSession> findById(CheckoutSessionId id);

    /** Up to {@code limit} open sessions whose expiry passed at or before {@code now}, oldest first. */
    List<CheckoutSession> findDue(Instant now, int limit);
}
