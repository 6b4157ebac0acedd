package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import io.vavr.collection.List;

/** The JDBC ports as the port contracts take them, and a way to empty a database between tests. */
public final class JdbiTestStorage {

    /** Every table the repositories write, children before parents. */
    public static final List<String> TABLES = List.of("klarna_customer_session_tokens", "klarna_customer_sessions",
            "klarna_customer_tokens", "ap_partners", "klarna_partner_accounts", "ap_klarna_notifications",
            "klarna_payment_requests", "klarna_payment_transactions", "ap_checkout_sessions", "ap_payments",
            "ap_events", "klarna_events", "ap_idempotency_keys", "klarna_idempotency_keys",
            "klarna_notification_outbox", "klarna_webhook_signing_keys", "klarna_webhooks",
            "klarna_completion_tokens");

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
                new JdbiEventStore(transactions, "ap_events"),
                new JdbiIdempotencyStore(transactions, "ap_idempotency_keys"));
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
