package dev.interop.adapters.jdbc;

import dev.interop.application.port.out.CheckoutSessionRepository;
import dev.interop.application.port.out.CustomerSessionRepository;
import dev.interop.application.port.out.CustomerTokenRepository;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.IdempotencyStore;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRepository;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.application.port.out.PaymentTransactionRepository;
import dev.interop.application.port.out.UnitOfWork;
import java.util.Objects;

/**
 * Every storage out-port on one {@link Database}, sharing one {@link JdbiTransactions}, so that a
 * {@link #unitOfWork()} spans all of them. Build it once per database ({@link #on(Database)}) and take every port from
 * the same instance: ports of two instances do not join each other's units of work. The database's owner closes it;
 * this class holds no resources of its own.
 */
public final class JdbiStorage {

    private final Database database;
    private final JdbiTransactions transactions;
    private final JdbiUnitOfWork unitOfWork;
    private final JdbiPartnerRepository partners;
    private final JdbiCustomerSessionRepository customerSessions;
    private final JdbiCustomerTokenRepository customerTokens;
    private final JdbiPaymentRequestRepository paymentRequests;
    private final JdbiPaymentTransactionRepository paymentTransactions;
    private final JdbiCheckoutSessionRepository checkoutSessions;
    private final JdbiPaymentRepository payments;
    private final JdbiEventStore events;
    private final JdbiIdempotencyStore idempotency;

    private JdbiStorage(Database database) {
        this.database = database;
        this.transactions = new JdbiTransactions(database.jdbi(), database.dialect());
        this.unitOfWork = new JdbiUnitOfWork(transactions);
        this.partners = new JdbiPartnerRepository(transactions);
        this.customerSessions = new JdbiCustomerSessionRepository(transactions);
        this.customerTokens = new JdbiCustomerTokenRepository(transactions);
        this.paymentRequests = new JdbiPaymentRequestRepository(transactions);
        this.paymentTransactions = new JdbiPaymentTransactionRepository(transactions);
        this.checkoutSessions = new JdbiCheckoutSessionRepository(transactions);
        this.payments = new JdbiPaymentRepository(transactions);
        this.events = new JdbiEventStore(transactions);
        this.idempotency = new JdbiIdempotencyStore(transactions);
    }

    /** The ports on {@code database}, which must be open and migrated ({@link Database#open}). */
    public static JdbiStorage on(Database database) {
        return new JdbiStorage(Objects.requireNonNull(database, "database"));
    }

    public Database database() {
        return database;
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public PartnerRepository partners() {
        return partners;
    }

    public CustomerSessionRepository customerSessions() {
        return customerSessions;
    }

    public CustomerTokenRepository customerTokens() {
        return customerTokens;
    }

    public PaymentRequestRepository paymentRequests() {
        return paymentRequests;
    }

    public PaymentTransactionRepository paymentTransactions() {
        return paymentTransactions;
    }

    public CheckoutSessionRepository checkoutSessions() {
        return checkoutSessions;
    }

    public PaymentRepository payments() {
        return payments;
    }

    public EventStore events() {
        return events;
    }

    public IdempotencyStore idempotency() {
        return idempotency;
    }
}
