package dev.interop.adapters.jdbc;

import dev.interop.acquirer.application.port.out.AcquirerStorage;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import java.util.Objects;

/**
 * The storage out-ports of both bounded contexts on one {@link Database}. Each context gets its own
 * {@link JdbiTransactions}, so a unit of work of one never spans the other's writes (they commit separately, as they
 * would on two databases): {@link #acquirer()} and {@link #klarna()}. Build it once per database ({@link #on}) and
 * take every port of a context from the same bundle. The database's owner closes it; this class holds no resources
 * of its own.
 */
public final class JdbiStorage {

    private final Database database;
    private final AcquirerStorage acquirer;
    private final KlarnaStorage klarna;

    private JdbiStorage(Database database) {
        this.database = database;
        this.acquirer = acquirerOn(database);
        this.klarna = klarnaOn(database);
    }

    /** The ports on {@code database}, which must be open and migrated ({@link Database#open}). */
    public static JdbiStorage on(Database database) {
        return new JdbiStorage(Objects.requireNonNull(database, "database"));
    }

    /** The Acquiring Partner's ports alone, on their own transactions over {@code database}. */
    public static AcquirerStorage acquirerOn(Database database) {
        JdbiTransactions transactions = new JdbiTransactions(database.jdbi(), database.dialect());
        return new AcquirerStorage(new JdbiPartnerRepository(transactions),
                new JdbiCheckoutSessionRepository(transactions), new JdbiPaymentRepository(transactions),
                new JdbiEventStore(transactions, "ap_events"),
                new JdbiIdempotencyStore(transactions, "ap_idempotency_keys"),
                new JdbiNotificationInbox(transactions), new JdbiUnitOfWork(transactions));
    }

    /** Klarna's ports alone, on their own transactions over {@code database}. */
    public static KlarnaStorage klarnaOn(Database database) {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return klarnaOn(database, key);
    }

    /**
     * Klarna's ports alone, with completion tokens sealed under {@code sealingKey} (32 bytes; every instance on the
     * database needs the same). Without a key ({@link #klarnaOn(Database)}) a random one is made: tokens kept by
     * another process cannot be read back.
     */
    public static KlarnaStorage klarnaOn(Database database, byte[] sealingKey) {
        JdbiTransactions transactions = new JdbiTransactions(database.jdbi(), database.dialect());
        return new KlarnaStorage(new JdbiPartnerAccountRepository(transactions),
                new JdbiCustomerSessionRepository(transactions), new JdbiCustomerTokenRepository(transactions),
                new JdbiPaymentRequestRepository(transactions), new JdbiPaymentTransactionRepository(transactions),
                new JdbiEventStore(transactions, "klarna_events"),
                new JdbiIdempotencyStore(transactions, "klarna_idempotency_keys"),
                new JdbiWebhookRepository(transactions), new JdbiNotificationOutboxRepository(transactions),
                new JdbiCompletionTokenVault(transactions, sealingKey), new JdbiUnitOfWork(transactions));
    }

    public Database database() {
        return database;
    }

    public AcquirerStorage acquirer() {
        return acquirer;
    }

    public KlarnaStorage klarna() {
        return klarna;
    }
}
