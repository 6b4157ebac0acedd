package dev.interop.acquirer.application.port.out;



import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import io.vavr.control.Option;

/**
 * The Acquiring Partner's payments; {@link #save} is optimistic (a stale version fails and changes nothing, R14).
 * At most one payment waits on one Klarna Payment Request.
 */
public interface PaymentRepository {

    void save(Payment payment);

    Option<Payment> findById(PaymentId id);

    /** The payment waiting for the customer on this Klarna Payment Request (state REQUIRES_CUSTOMER_ACTION). */
    Option<Payment> findByKlarnaPaymentRequestId(String paymentRequestId);
}
