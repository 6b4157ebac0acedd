package dev.interop.application.contract;

import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.klarna.application.port.out.CustomerTokenRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdempotencyStore;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.application.port.out.PaymentTransactionRepository;
import dev.interop.shared.application.port.UnitOfWork;
import java.util.Objects;

/**
 * Every storage out-port of one adapter over one store, as a contract test receives them: the repositories, the event
 * store and the idempotency store all join {@link #unitOfWork()}. Invariant: every part present.
 */
public record Storage(UnitOfWork unitOfWork, PartnerRepository partners, CustomerSessionRepository customerSessions,
        CustomerTokenRepository customerTokens, PaymentRequestRepository paymentRequests,
        PaymentTransactionRepository paymentTransactions, CheckoutSessionRepository checkoutSessions,
        PaymentRepository payments, EventStore events, IdempotencyStore idempotency) {

    public Storage {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(customerSessions, "customerSessions");
        Objects.requireNonNull(customerTokens, "customerTokens");
        Objects.requireNonNull(paymentRequests, "paymentRequests");
        Objects.requireNonNull(paymentTransactions, "paymentTransactions");
        Objects.requireNonNull(checkoutSessions, "checkoutSessions");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(idempotency, "idempotency");
    }
}
