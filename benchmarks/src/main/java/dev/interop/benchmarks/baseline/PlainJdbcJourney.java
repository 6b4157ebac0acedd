package dev.interop.benchmarks.baseline;

import dev.interop.benchmarks.load.LatencySummary;
import dev.interop.benchmarks.load.Samples;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The storage ceiling: the SQL of one express checkout multi-step journey (journey 4, as the load generator's
 * {@code kec-multi} scenario drives it) executed directly through plain JDBC, with no pool, no Jdbi, no JSON and no
 * HTTP. Step by step it runs the statements {@link StatementCensus} observes the server running (the same verbs on the
 * same tables, in the same order, with the same SQL text as the Jdbi repositories, documents of the sizes the server
 * stored) in the same number of units (auto-commit calls or transactions). Each virtual customer owns one connection
 * and prepares each statement where it is used, as Jdbi does; every result set is read.
 *
 * <p>It is a ceiling, not a replica: what the server computes between statements (mapping, JSON, hashing, sealing)
 * is left out on purpose.
 */
public final class PlainJdbcJourney {

    static final String PARTNER_COLUMNS = "id, name, integration_type, dynamic_shipping, klarna_client_id,"
            + " klarna_account_id, api_key_hash, created_at";
    static final String SESSION_COLUMNS =
            "s.id, s.partner_id, s.kind, s.lifecycle, s.created_at, s.expires_at, s.version, s.document";
    static final String REQUEST_COLUMNS = "id, partner_id, customer_session_id, intent, state, amount_minor,"
            + " currency, created_at, expires_at, version, document";
    static final String CHECKOUT_COLUMNS = "id, partner_id, journey, state, amount_minor, currency, token_hash,"
            + " created_at, expires_at, version, document";
    static final String PAYMENT_COLUMNS = "id, partner_id, checkout_session_id, journey, state, amount_minor,"
            + " currency, klarna_payment_request_id, created_at, version, document";

    /**
     * What the baseline measured.
     *
     * @param statementsPerJourney statements one journey executed (compare with the census)
     * @param unitsPerJourney      auto-commit calls plus transactions of one journey (compare with its handles)
     */
    public record Result(int concurrency, double seconds, long journeys, double journeysPerSecond,
            double statementsPerSecond, LatencySummary journeyLatency, long errors, String firstError,
            int statementsPerJourney, int unitsPerJourney) {
    }

    /** Sizes in characters of the stored documents, as {@link StatementCensus.Census#storedSizes()} measured. */
    public record Sizes(int session, int request, int checkout, int payment, int event, int response) {

        public static final Sizes DEFAULT = new Sizes(1100, 1100, 1150, 960, 240, 520);

        public static Sizes of(Map<String, Integer> measured) {
            return new Sizes(measured.getOrDefault("klarna_customer_sessions.document", DEFAULT.session),
                    measured.getOrDefault("klarna_payment_requests.document", DEFAULT.request),
                    measured.getOrDefault("ap_checkout_sessions.document", DEFAULT.checkout),
                    measured.getOrDefault("ap_payments.document", DEFAULT.payment),
                    measured.getOrDefault("ap_events.payload", DEFAULT.event),
                    measured.getOrDefault("ap_idempotency_keys.response_body", DEFAULT.response));
        }
    }

    private final String url;
    private final String user;
    private final String password;
    private final Sizes sizes;

    public PlainJdbcJourney(String url, String user, String password, Sizes sizes) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.sizes = Objects.requireNonNull(sizes, "sizes");
    }

    /**
     * {@code PlainJdbcJourney JDBC_URL [USER [PASSWORD [CUSTOMERS [SECONDS]]]]}: migrates the database to the
     * server's schema, then runs the baseline (5 s warm-up) and prints the result.
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: PlainJdbcJourney JDBC_URL [USER [PASSWORD [CUSTOMERS [SECONDS]]]]");
            System.exit(2);
        }
        String url = args[0];
        String user = args.length > 1 ? args[1] : "sa";
        String password = args.length > 2 ? args[2] : "";
        int customers = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        migrate(url, user, password);
        System.out.println(new PlainJdbcJourney(url, user, password, Sizes.DEFAULT)
                .run(customers, Duration.ofSeconds(5), Duration.ofSeconds(seconds)));
    }

    /** Brings the database to the server's schema with the server's own migrations. */
    public static void migrate(String url, String user, String password) {
        dev.interop.adapters.jdbc.Database.open(dev.interop.adapters.jdbc.DatabaseSettings.of(url, user, password))
                .close();
    }

    /**
     * Runs {@code concurrency} customers, each on its own connection, for {@code warmup} then {@code duration}; the
     * schema must exist (the server's migrations made it). Journeys that finish in the measured window count.
     */
    public Result run(int concurrency, Duration warmup, Duration duration) {
        if (concurrency < 1 || concurrency > 256 || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("1..256 customers for at most 10 minutes");
        }
        Partner partner = insertPartner();
        long from = System.nanoTime() + warmup.toNanos();
        long until = from + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            Worker worker = new Worker(partner, from, until, done);
            workers.add(worker);
            Thread thread = new Thread(worker, "jdbc-customer-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            if (!done.await(until - System.nanoTime() + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("JDBC customers still busy 60 s after the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double seconds = (until - from) / 1e9;
        Samples journeys = new Samples();
        long statements = 0;
        long errors = 0;
        String firstError = null;
        for (Worker worker : workers) {
            journeys.addAll(worker.journeys);
            statements += worker.measuredStatements;
            errors += worker.errors;
            if (firstError == null) {
                firstError = worker.firstError;
            }
        }
        Worker any = workers.get(0);
        return new Result(concurrency, seconds, journeys.size(), journeys.size() / seconds, statements / seconds,
                journeys.summary(), errors, firstError, any.lastStatements, any.lastUnits);
    }

    private record Partner(String id, String clientId, String apiKeyHash) {
    }

    private Partner insertPartner() {
        String unique = UUID.randomUUID().toString().replace("-", "");
        Partner partner = new Partner("ptr_jdbc_" + unique, "klarna_test_client_jdbc_" + unique, hex64());
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO ap_partners (" + PARTNER_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, partner.id());
            insert.setString(2, "Plain JDBC shop");
            insert.setString(3, "SERVER_SIDE_ONLY");
            insert.setBoolean(4, true);
            insert.setString(5, partner.clientId());
            insert.setString(6, "krn:partner:global:account:test:JDBC" + unique.substring(0, 12).toUpperCase());
            insert.setString(7, partner.apiKeyHash());
            insert.setObject(8, now());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not insert the baseline's partner", e);
        }
        return partner;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String hex64() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            hex.append(String.format("%016x", random.nextLong()));
        }
        return hex.toString();
    }

    static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A JSON text of about {@code size} characters. */
    static String document(int size) {
        return "{\"pad\":\"" + "x".repeat(Math.max(0, size - 10)) + "\"}";
    }

    /** One virtual customer on one connection. */
    private final class Worker implements Runnable {

        private final Partner partner;
        private final long from;
        private final long until;
        private final CountDownLatch done;
        final Samples journeys = new Samples();
        long measuredStatements;
        long errors;
        String firstError;
        int lastStatements;
        int lastUnits;

        private Connection connection;
        private int statements;
        private int units;

        Worker(Partner partner, long from, long until, CountDownLatch done) {
            this.partner = partner;
            this.from = from;
            this.until = until;
            this.done = done;
        }

        @Override
        public void run() {
            try (Connection opened = DriverManager.getConnection(url, user, password)) {
                connection = opened;
                while (System.nanoTime() < until) {
                    long started = System.nanoTime();
                    statements = 0;
                    units = 0;
                    try {
                        journey();
                        long ended = System.nanoTime();
                        lastStatements = statements;
                        lastUnits = units;
                        if (started >= from && ended < until) {
                            journeys.add(ended - started);
                            measuredStatements += statements;
                        }
                    } catch (SQLException e) {
                        errors++;
                        if (firstError == null) {
                            firstError = e.toString();
                        }
                        rollbackQuietly();
                    }
                }
            } catch (SQLException e) {
                errors++;
                firstError = "could not connect: " + e;
            } finally {
                done.countDown();
            }
        }

        private void rollbackQuietly() {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException ignored) {
                // the next journey reports the broken connection
            }
        }

        // ---- the journey, step by step (see StatementCensus for the server's own count)

        private void journey() throws SQLException {
            String sessionId = "krn:shopping:eu1:session:" + uuid();
            String requestId = "krn:payment:eu1:request:" + uuid();
            String checkoutId = "cs_" + uuid();
            String paymentId = "pay_" + uuid();
            String transactionId = "krn:payment:eu1:transaction:" + uuid();
            String firstToken = hex64();
            String approvedToken = hex64();

            // POST /sandbox/klarna/v1/express-checkouts: one transaction
            begin();
            selectPartner("klarna_client_id", partner.clientId());
            insertSession(sessionId);
            indexToken(sessionId, firstToken);
            appendEvent("customer_session", sessionId, "customer_session.started", 1);
            insertRequest(requestId, sessionId);
            appendEvent("payment_request", requestId, "payment_request.submitted", 1);
            commit();

            // POST .../customer/start and .../customer/shipping-address: one transaction each
            customerChangesRequest(requestId, 2, "IN_PROGRESS", "payment_request.started");
            customerChangesRequest(requestId, 3, "IN_PROGRESS", "payment_request.shipping_changed");

            // POST .../customer/approve: one transaction
            begin();
            selectPartner("klarna_client_id", partner.clientId());
            selectRequest(requestId);
            selectSession(sessionId);
            updateRequest(requestId, 4, "COMPLETED");
            appendEvent("payment_request", requestId, "payment_request.completed", 1);
            updateSession(sessionId, 2, "PREPARED");
            indexToken(sessionId, approvedToken);
            appendEvent("customer_session", sessionId, "customer_session.payment_prepared", 2);
            query("SELECT " + PAYMENT_COLUMNS + " FROM ap_payments WHERE klarna_payment_request_id = ? AND state = ?"
                    + " ORDER BY created_at, id LIMIT 1", requestId, "REQUIRES_CUSTOMER_ACTION");
            commit();

            // POST /v1/payment-methods: authentication, the partner, then the presentation touching the session
            authenticate();
            autoCommit(() -> selectPartner("id", partner.id()));
            begin();
            selectPartner("id", partner.id());
            resolveToken(approvedToken);
            touchSession(sessionId, 3);
            commit();

            // POST /v1/checkout-sessions with an Idempotency-Key
            authenticate();
            String key = claimKey();
            begin();
            selectPartner("id", partner.id());
            selectPartner("id", partner.id());
            resolveToken(approvedToken);
            touchSession(sessionId, 4);
            appendEvent("checkout_session", checkoutId, "checkout_session.opened", 1);
            insertCheckout(checkoutId, approvedToken);
            completeKey(key);
            commit();

            // PATCH /v1/checkout-sessions/{id} with If-Match and an Idempotency-Key
            authenticate();
            key = claimKey();
            begin();
            selectCheckout(checkoutId);
            selectPartner("id", partner.id());
            selectPartner("id", partner.id());
            resolveToken(approvedToken);
            touchSession(sessionId, 5);
            appendEvent("checkout_session", checkoutId, "checkout_session.updated", 1);
            updateCheckout(checkoutId, 2, "OPEN", approvedToken);
            completeKey(key);
            commit();

            // POST /v1/payments (finalize) with an Idempotency-Key: register, authorize, consume, settle
            authenticate();
            key = claimKey();
            begin();
            selectPartner("id", partner.id());
            selectCheckout(checkoutId);
            appendEvent("checkout_session", checkoutId, "checkout_session.payment_registered", 1);
            updateCheckout(checkoutId, 3, "PAYMENT_REGISTERED", approvedToken);
            appendEvent("payment", paymentId, "payment.submitted", 1);
            insertPayment(paymentId, checkoutId);
            selectPartner("id", partner.id());
            resolveToken(approvedToken);
            updateSession(sessionId, 6, "CONSUMED");
            query("SELECT token_hash FROM klarna_customer_session_tokens WHERE session_id = ?", sessionId);
            appendEvent("customer_session", sessionId, "customer_session.consumed", 1);
            insertTransaction(transactionId, sessionId);
            appendEvent("payment_transaction", transactionId, "payment_transaction.created", 1);
            appendEvent("payment", paymentId, "payment.authorized", 1);
            update("UPDATE ap_payments SET state = ?, amount_minor = ?, currency = ?, klarna_payment_request_id = ?,"
                    + " version = ?, document = ? WHERE id = ? AND version = ?", "AUTHORIZED", 9500L, "EUR", null,
                    2L, document(sizes.payment()), paymentId, 1L);
            selectCheckout(checkoutId);
            appendEvent("checkout_session", checkoutId, "checkout_session.completed", 1);
            updateCheckout(checkoutId, 4, "COMPLETED", approvedToken);
            completeKey(key);
            commit();

            // GET /v1/payments/{id}
            authenticate();
            autoCommit(() -> query("SELECT " + PAYMENT_COLUMNS + " FROM ap_payments WHERE id = ?", paymentId));
        }

        private void customerChangesRequest(String requestId, long version, String state, String event)
                throws SQLException {
            begin();
            selectPartner("klarna_client_id", partner.clientId());
            selectRequest(requestId);
            updateRequest(requestId, version, state);
            appendEvent("payment_request", requestId, event, 1);
            commit();
        }

        private void authenticate() throws SQLException {
            autoCommit(() -> selectPartner("api_key_hash", partner.apiKeyHash()));
        }

        /** The claim, in a transaction of its own (PostgreSQL: ON CONFLICT DO NOTHING; H2: a plain insert). */
        private String claimKey() throws SQLException {
            String key = uuid();
            OffsetDateTime now = now();
            begin();
            String insert = "INSERT INTO ap_idempotency_keys (scope, idempotency_key, request_fingerprint, status,"
                    + " created_at, lease_until, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
            if (url.startsWith("jdbc:postgresql:")) {
                insert += " ON CONFLICT DO NOTHING";
            }
            update(insert, "partner:" + partner.id(), key, hex64(), "IN_FLIGHT", now, now.plusMinutes(2),
                    now.plusHours(24));
            commit();
            return key;
        }

        private void completeKey(String key) throws SQLException {
            update("UPDATE ap_idempotency_keys SET status = ?, response_status = ?, response_body = ?"
                    + " WHERE scope = ? AND idempotency_key = ?", "COMPLETED", 201, document(sizes.response()),
                    "partner:" + partner.id(), key);
        }

        private void selectPartner(String column, String value) throws SQLException {
            query("SELECT " + PARTNER_COLUMNS + " FROM ap_partners WHERE " + column + " = ?", value);
        }

        private void insertSession(String sessionId) throws SQLException {
            OffsetDateTime now = now();
            update("INSERT INTO klarna_customer_sessions (id, partner_id, kind, lifecycle, created_at, expires_at, version,"
                    + " document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sessionId, partner.id(), "SUPPORTED", "ACTIVE",
                    now, now.plusHours(24), 1L, document(sizes.session()));
        }

        private void selectSession(String sessionId) throws SQLException {
            query("SELECT " + SESSION_COLUMNS + " FROM klarna_customer_sessions s WHERE s.id = ?", sessionId);
        }

        private void updateSession(String sessionId, long version, String kind) throws SQLException {
            update("UPDATE klarna_customer_sessions SET kind = ?, lifecycle = ?, expires_at = ?, version = ?, document = ?"
                    + " WHERE id = ? AND version = ?", kind, kind.equals("CONSUMED") ? "CONSUMED" : "ACTIVE",
                    now().plusHours(24), version, document(sizes.session()), sessionId, version - 1);
        }

        /** The session's save without a new token: the row, then the token index read. */
        private void touchSession(String sessionId, long version) throws SQLException {
            updateSession(sessionId, version, "PREPARED");
            query("SELECT token_hash FROM klarna_customer_session_tokens WHERE session_id = ?", sessionId);
            appendEvent("customer_session", sessionId, "customer_session.touch_point_added", 1);
        }

        private void indexToken(String sessionId, String tokenHash) throws SQLException {
            query("SELECT token_hash FROM klarna_customer_session_tokens WHERE session_id = ?", sessionId);
            update("INSERT INTO klarna_customer_session_tokens (token_hash, session_id) VALUES (?, ?)", tokenHash, sessionId);
        }

        private void resolveToken(String tokenHash) throws SQLException {
            query("SELECT " + SESSION_COLUMNS + " FROM klarna_customer_session_tokens t"
                    + " JOIN klarna_customer_sessions s ON s.id = t.session_id WHERE t.token_hash = ?", tokenHash);
        }

        private void insertRequest(String requestId, String sessionId) throws SQLException {
            OffsetDateTime now = now();
            update("INSERT INTO klarna_payment_requests (" + REQUEST_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    requestId, partner.id(), sessionId, "PREPARATION", "SUBMITTED", 10_000L, "EUR", now,
                    now.plusHours(3), 1L, document(sizes.request()));
        }

        private void selectRequest(String requestId) throws SQLException {
            query("SELECT " + REQUEST_COLUMNS + " FROM klarna_payment_requests WHERE id = ?", requestId);
        }

        private void updateRequest(String requestId, long version, String state) throws SQLException {
            update("UPDATE klarna_payment_requests SET state = ?, amount_minor = ?, currency = ?, expires_at = ?,"
                    + " version = ?, document = ? WHERE id = ? AND version = ?", state, 10_000L, "EUR",
                    now().plusHours(3), version, document(sizes.request()), requestId, version - 1);
        }

        private void insertCheckout(String checkoutId, String tokenHash) throws SQLException {
            OffsetDateTime now = now();
            update("INSERT INTO ap_checkout_sessions (" + CHECKOUT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)", checkoutId, partner.id(), "EXPRESS_CHECKOUT_MULTI_STEP", "OPEN", 10_000L, "EUR",
                    tokenHash, now, now.plusHours(24), 1L, document(sizes.checkout()));
        }

        private void selectCheckout(String checkoutId) throws SQLException {
            query("SELECT " + CHECKOUT_COLUMNS + " FROM ap_checkout_sessions WHERE id = ?", checkoutId);
        }

        private void updateCheckout(String checkoutId, long version, String state, String tokenHash)
                throws SQLException {
            update("UPDATE ap_checkout_sessions SET state = ?, amount_minor = ?, currency = ?, token_hash = ?,"
                    + " expires_at = ?, version = ?, document = ? WHERE id = ? AND version = ?", state, 9_500L, "EUR",
                    tokenHash, now().plusHours(24), version, document(sizes.checkout()), checkoutId, version - 1);
        }

        private void insertPayment(String paymentId, String checkoutId) throws SQLException {
            update("INSERT INTO ap_payments (" + PAYMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    paymentId, partner.id(), checkoutId, "EXPRESS_CHECKOUT_MULTI_STEP", "AUTHORIZING", 9_500L, "EUR",
                    null, now(), 1L, document(sizes.payment()));
        }

        private void insertTransaction(String transactionId, String sessionId) throws SQLException {
            update("INSERT INTO klarna_payment_transactions (id, partner_id, customer_session_id, amount_minor, currency,"
                    + " reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", transactionId, partner.id(), sessionId,
                    9_500L, "EUR", "order-1", now());
        }

        /** The event store's append: the aggregate's last sequence, then {@code count} events after it. */
        private void appendEvent(String type, String aggregateId, String eventType, int count) throws SQLException {
            long last = 0;
            statements++;
            try (PreparedStatement max = connection.prepareStatement(
                    "SELECT COALESCE(MAX(sequence), 0) FROM ap_events WHERE aggregate_id = ?")) {
                max.setString(1, aggregateId);
                try (ResultSet rows = max.executeQuery()) {
                    if (rows.next()) {
                        last = rows.getLong(1);
                    }
                }
            }
            for (int i = 1; i <= count; i++) {
                update("INSERT INTO ap_events (aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", type, aggregateId, last + i, eventType, now(),
                        document(sizes.event()));
            }
        }

        // ---- plain JDBC

        private void begin() throws SQLException {
            connection.setAutoCommit(false);
            units++;
        }

        private void commit() throws SQLException {
            connection.commit();
            connection.setAutoCommit(true);
        }

        private void autoCommit(SqlWork work) throws SQLException {
            units++;
            work.run();
        }

        private void query(String sql, Object... parameters) throws SQLException {
            statements++;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
        }

        private void update(String sql, Object... parameters) throws SQLException {
            statements++;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                statement.executeUpdate();
            }
        }

        private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
