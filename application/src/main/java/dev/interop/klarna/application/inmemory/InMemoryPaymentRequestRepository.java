package dev.interop.klarna.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/** {@link PaymentRequestRepository} on an {@link InMemoryDatabase}. */
public final class InMemoryPaymentRequestRepository implements PaymentRequestRepository {

    private final InMemoryDatabase.Table<PaymentRequestId, PaymentRequest> requests;

    public InMemoryPaymentRequestRepository(InMemoryDatabase db) {
        this.requests = db.table("payment_requests");
    }

    @Override
    public void save(PaymentRequest request) {
        requests.saveVersioned(request.id(), request, request.version(), PaymentRequest::version);
    }

    @Override
    public Option<PaymentRequest> findById(PaymentRequestId id) {
        return requests.get(id);
    }

    @Override
    public List<PaymentRequest> findDue(Instant now, int limit) {
        return requests.rows().values().filter(request -> request.isDue(now))
                .sortBy(PaymentRequest::expiresAt).take(limit).toList();
    }
}
