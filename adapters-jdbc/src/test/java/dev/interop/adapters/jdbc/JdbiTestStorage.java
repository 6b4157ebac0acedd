package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import io.vavr.collection.List;

/** The JDBC ports as the port contracts take them, and a way to empty a database between tests. */
public final class JdbiTestStorage {

    /** Every table the repositories write, children before parents. */
    public static final List<String> TABLES = List.of("customer_session_tokens", "customer_sessions",
            "customer_tokens", "partners", "klarna_partner_accounts", "ap_klarna_notifications", "payment_requests", "payment_transactions", "checkout_sessions", "payments",
            "events", "idempotency_keys", "klarna_notification_outbox", "klarna_webhook_signing_keys",
            "klarna_webhooks");

    private JdbiTestStorage() {
    }

    /**
     * Every repository of both contexts on one set of transactions, so the port contracts (which check atomicity
     * across repositories) see one unit of work; the product itself gives each context its own ({@link JdbiStorage}).
     */
    public static Storage ports(JdbiStorage jdbi) {
        JdbiTransactions transactions = new JdbiTransactions(jdbi.database().jdbi(), jdbi.database().dialect());
        return new Storage(new JdbiUnitOfWork(transactions), new JdbiPartnerRepository(transactions),
                new JdbiCustomerSessionRepository(transactions), new JdbiCustomerTokenRepository(transactions),
                new JdbiPaymentRequestRepository(transactions), new JdbiPaymentTransactionRepository(transactions),
                new JdbiCheckoutSessionRepository(transactions), new JdbiPaymentRepository(transactions),
                new JdbiEventStore(transactions), new JdbiIdempotencyStore(transactions));
    }

    /** {@link #ports} of a fresh {@link JdbiStorage} on {@code database}. */
    public static Storage on(Database database) {
        return ports(JdbiStorage.on(database));
    }

    /** Deletes every row the repositories wrote. */
    public static void clean(Database database) {
        database.jdbi().useTransaction(handle -> TABLES.forEach(table -> handle.execute("DELETE FROM " + table)));
    }

    /** Empties {@code database} and answers fresh ports on it. */
    public static Storage freshPorts(Database database) {
        clean(database);
        return ports(JdbiStorage.on(database));
    }
}
