package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import io.vavr.collection.List;

/** The JDBC ports as the port contracts take them, and a way to empty a database between tests. */
public final class JdbiTestStorage {

    /** Every table the repositories write, children before parents. */
    public static final List<String> TABLES = List.of("customer_session_tokens", "customer_sessions",
            "customer_tokens", "partners", "payment_requests", "payment_transactions", "checkout_sessions", "payments",
            "events", "idempotency_keys");

    private JdbiTestStorage() {
    }

    public static Storage ports(JdbiStorage jdbi) {
        return new Storage(jdbi.unitOfWork(), jdbi.partners(), jdbi.customerSessions(), jdbi.customerTokens(),
                jdbi.paymentRequests(), jdbi.paymentTransactions(), jdbi.checkoutSessions(), jdbi.payments(),
                jdbi.events(), jdbi.idempotency());
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
