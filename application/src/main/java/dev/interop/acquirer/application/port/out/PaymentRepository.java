package dev.interop.acquirer.application.port.out;

import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The Acquiring Partner's payments; {@link #save} is optimistic (a stale version fails and changes nothing, R14).
 * At most one payment waits on one Klarna Payment Request.
 */
public interface PaymentRepository {

    void save(Payment payment);

    /**
     * Removes a payment that never happened (Klarna refused its first authorization, so nothing exists there),
     * joining the current unit of work; only at {@code version}, else {@code ConcurrentUpdateException}.
     */
    void remove(PaymentId id, long version);

    Option<Payment> findById(PaymentId id);

    /** The payment waiting for the customer on this Klarna Payment Request (state REQUIRES_CUSTOMER_ACTION). */
    Option<Payment> findByKlarnaPaymentRequestId(String paymentRequestId);

    /**
     * Payments not settled yet — AUTHORIZING, ERRORED or REQUIRES_CUSTOMER_ACTION — created at or before {@code before},
     * oldest first, at most {@code limit}: what the reconciler looks at.
     */
    List<Payment> findUnsettled(Instant before, int limit);
}
