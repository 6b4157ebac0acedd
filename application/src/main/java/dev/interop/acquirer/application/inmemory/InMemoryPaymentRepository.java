package dev.interop.acquirer.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentState;
import io.vavr.control.Option;

/** {@link PaymentRepository} on an {@link InMemoryDatabase}. */
public final class InMemoryPaymentRepository implements PaymentRepository {

    private final InMemoryDatabase.Table<PaymentId, Payment> payments;

    public InMemoryPaymentRepository(InMemoryDatabase db) {
        this.payments = db.table("payments");
    }

    @Override
    public void save(Payment payment) {
        payments.saveVersioned(payment.id(), payment, payment.version(), Payment::version);
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
}
