package dev.interop.acquirer.application.port.out;

import dev.interop.shared.application.port.IdempotencyStore;

import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.UnitOfWork;
import java.util.Objects;

/**
 * Everything the Acquiring Partner's side stores, in one bundle so an embedder (or the bootstrap's JDBC wiring) passes
 * its own. Invariant: every part present, and all of them join the same {@link #unitOfWork}, which is this context's
 * own: it never spans Klarna's storage.
 */
public record AcquirerStorage(PartnerRepository partners, CheckoutSessionRepository checkoutSessions,
        PaymentRepository payments, EventStore events, IdempotencyStore idempotency, NotificationInbox notifications,
        UnitOfWork unitOfWork) {

    public AcquirerStorage {
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(checkoutSessions, "checkoutSessions");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }
}
