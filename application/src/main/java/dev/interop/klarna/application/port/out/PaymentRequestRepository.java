package dev.interop.klarna.application.port.out;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/** Klarna's Payment Requests; {@link #save} is optimistic exactly as {@link CustomerSessionRepository#save}. */
public interface PaymentRequestRepository {

    void save(PaymentRequest request);

    Option<PaymentRequest> findById(PaymentRequestId id);

    /** Up to {@code limit} non-final requests whose expiry passed at or before {@code now}, oldest first. */
    List<PaymentRequest> findDue(Instant now, int limit);
}
