package dev.interop.acquirer.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.port.ConcurrentUpdateException;

import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentState;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/** {@link PaymentRepository} on an {@link InMemoryDatabase}. */
public final class InMemoryPaymentRepository implements PaymentRepository {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<PaymentId, Payment> payments;

    public InMemoryPaymentRepository(InMemoryDatabase db) {
        this.db = db;
        this.payments = db.table("payments");
    }

    @Override
    public void save(Payment payment) {
        payments.saveVersioned(payment.id(), payment, payment.version(), Payment::version);
    }

    @Override
    public void remove(PaymentId id, long version) {
        db.inTransaction(() -> {
            if (!payments.get(id).exists(payment -> payment.version() == version)) {
                throw new ConcurrentUpdateException("payment " + id + " is not at version " + version);
            }
            payments.remove(id);
            return null;
        });
    }

    @Override
    public Option<Payment> findById(PaymentId id) {
        return payments.get(id);
    }

    @Override
    public Option<Payment> findByKlarnaPaymentRequestId(String paymentRequestId) {
        return payments.rows().values().find(payment -> payment.state() instanceof PaymentState.RequiresCustomerAction
                waiting && waiting.klarnaPaymentRequestId().equals(paymentRequestId));
    }

    @Override
    public List<Payment> findUnsettled(Instant before, int limit) {
        return List.ofAll(payments.rows().values())
                .filter(payment -> !payment.isFinal() && !payment.createdAt().isAfter(before))
                .sortBy(payment -> payment.createdAt().toString() + payment.id().value())
                .take(limit);
    }
}
