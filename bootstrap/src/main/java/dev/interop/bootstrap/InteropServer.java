package dev.interop.bootstrap;

import dev.interop.acquirer.application.port.in.ExpireDueCommand;
import dev.interop.acquirer.application.port.in.ReconcilePaymentsCommand;
import dev.interop.acquirer.application.port.in.ReconcilePaymentsUseCase;
import dev.interop.acquirer.application.inmemory.InMemoryNotificationKeys;
import dev.interop.acquirer.application.system.AesGcmSecretSealer;
import dev.interop.adapters.http.HttpServer;
import dev.interop.adapters.http.HttpServerFactory;
import dev.interop.adapters.http.HttpServerSettings;
import dev.interop.adapters.http.Routes;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.api.InteropHttpApi;
import dev.interop.adapters.http.klarna.KlarnaClientSettings;
import dev.interop.adapters.http.klarna.KlarnaHttpClient;
import dev.interop.adapters.http.klarna.KlarnaWebhookRegistration;
import dev.interop.adapters.http.notifications.HttpNotificationSender;
import dev.interop.adapters.jdbc.Database;
import dev.interop.adapters.jdbc.DatabaseSettings;
import dev.interop.adapters.jdbc.JdbiStorage;
import dev.interop.adapters.jdbc.Migrations;
import dev.interop.adapters.jdbc.PoolSettings;
import dev.interop.composition.AcquirerSide;
import dev.interop.composition.Interop;
import dev.interop.composition.KlarnaSide;
import dev.interop.klarna.application.port.in.DeliverNotificationsCommand;
import dev.interop.shared.application.system.SystemClock;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole server, wired by hand for its {@link ServerRole}: database (migrated at start), JDBC storage, the
 * contexts the role runs, the HTTP faces, and the background work:
 * <ul>
 *   <li>{@code all}: both contexts in one process ({@link Interop}), each on a pool of its own, joined in process;
 *       the expiry sweep and the reconciler;</li>
 *   <li>{@code acquirer}: the Acquiring Partner's side against Klarna over HTTP ({@code INTEROP_KLARNA_URL}); its
 *       webhook registered with Klarna's Notifications API (retried until it succeeds) so Klarna's signed
 *       notifications reach {@code /klarna/v1/notifications}; the expiry sweep and the reconciler;</li>
 *   <li>{@code klarna-sandbox}: the sandbox alone, its notifications written to the outbox and posted, signed, by a
 *       delivery worker; its expiry sweep.</li>
 * </ul>
 * {@link #close()} stops it gracefully: the background work first, then HTTP (letting requests in flight finish),
 * then the pools.
 */
public final class InteropServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InteropServer.class);
    private static final int SWEEP_BATCH = 500;
    /** How long a payment may be AUTHORIZING or wait for the customer before the reconciler asks Klarna. */
    private static final Duration SETTLE_AFTER = Duration.ofSeconds(30);
    /** How often the sandbox's delivery worker looks for due notifications. */
    private static final Duration DELIVERY_INTERVAL = Duration.ofMillis(250);

    private final ServerRole role;
    private final List<Database> databases;
    private final Interop interop;
    private final AcquirerSide acquirer;
    private final KlarnaSide klarna;
    private final HttpServer http;
    private final PrometheusMeterRegistry registry;
    private final ScheduledExecutorService background;

    private InteropServer(ServerRole role, List<Database> databases, Interop interop, AcquirerSide acquirer,
            KlarnaSide klarna, HttpServer http, PrometheusMeterRegistry registry,
            ScheduledExecutorService background) {
        this.role = role;
        this.databases = databases;
        this.interop = interop;
        this.acquirer = acquirer;
        this.klarna = klarna;
        this.http = http;
        this.registry = registry;
        this.background = background;
    }

    /** Starts everything; on any failure, what was already started is stopped again and the failure rethrown. */
    public static InteropServer start(ServerSettings settings, PrintStream console) {
        long started = System.nanoTime();
        List<Database> databases = new ArrayList<>();
        databases.add(Database.open(databaseSettings(settings), contexts(settings.role())));
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "interop-background");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Database database = databases.get(0);
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            Duration every = settings.sweepInterval();
            Interop interop = null;
            AcquirerSide acquirer = null;
            KlarnaSide klarna = null;
            List<Routes> routes;
            Consumer<URI> afterStart = publicUrl -> { };
            switch (settings.role()) {
                case ALL -> {
                    // Each context on a pool of its own: in role all a request may hold a connection of each (the
                    // in-process gateway runs Klarna's unit of work beside the Acquiring Partner's), and one shared
                    // pool could starve. Same database, migrated once above.
                    databases.add(Database.connect(databaseSettings(settings)));
                    interop = Interop.builder()
                            .withStorage(JdbiStorage.acquirerOn(database),
                                    JdbiStorage.klarnaOn(databases.get(1), sealingKey(settings)))
                            .withSecretSealer(sealer(settings)).build();
                    acquirer = interop.acquirer();
                    klarna = interop.klarna();
                    routes = InteropHttpApi.routes(acquirer, klarna, adminKey(settings, console),
                            klarnaKey(settings, console), registry);
                    schedule(background, every, "expiry sweep", sweep(klarna));
                    schedule(background, every, "acquirer sweep", sweep(acquirer));
                }
                case ACQUIRER -> {
                    KlarnaClientSettings client = KlarnaClientSettings.of(settings.klarnaUrl().orElseThrow(),
                                    settings.klarnaApiKey().orElseThrow())
                            .withTimeouts(settings.klarnaConnectTimeout(), settings.klarnaReadTimeout());
                    acquirer = AcquirerSide.builder().withKlarna(new KlarnaHttpClient(client))
                            .withStorage(JdbiStorage.acquirerOn(database)).withSecretSealer(sealer(settings))
                            .build();
                    InMemoryNotificationKeys keys = new InMemoryNotificationKeys();
                    routes = InteropHttpApi.acquirerRoutes(acquirer, adminKey(settings, console), keys,
                            new SystemClock(), registry);
                    schedule(background, every, "acquirer sweep", sweep(acquirer));
                    KlarnaWebhookRegistration registration = new KlarnaWebhookRegistration(client);
                    afterStart = publicUrl -> registerWebhook(background, registration, keys,
                            URI.create(publicUrl + "/klarna/v1/notifications"));
                }
                case KLARNA_SANDBOX -> {
                    klarna = KlarnaSide.builder().withStorage(JdbiStorage.klarnaOn(database, sealingKey(settings)))
                            .withNotificationSender(new HttpNotificationSender()).build();
                    routes = InteropHttpApi.klarnaRoutes(klarna, klarnaKey(settings, console));
                    schedule(background, every, "expiry sweep", sweep(klarna));
                    KlarnaSide deliverer = klarna;
                    schedule(background, DELIVERY_INTERVAL, "notification delivery",
                            () -> deliverer.deliverNotifications().deliver(new DeliverNotificationsCommand(50)));
                }
                default -> throw new IllegalStateException("unknown role " + settings.role());
            }
            HttpServer http = HttpServerFactory.create(
                    HttpServerSettings.defaults().withHost(settings.host()).withPort(settings.port())
                            .withMaxRequestBodyBytes(settings.maxRequestBodyBytes()),
                    registry, () -> databases.stream().allMatch(InteropServer::isReachable), routes);
            http.start();
            InteropServer server = new InteropServer(settings.role(), List.copyOf(databases), interop, acquirer,
                    klarna, http, registry, background);
            afterStart.accept(settings.publicUrl().orElseGet(() -> URI.create("http://"
                    + (settings.host().equals("0.0.0.0") ? "localhost" : settings.host()) + ":" + http.port())));
            LOG.info("interop started role={} port={} database={} startup_ms={}", settings.role().setting(),
                    http.port(), database.dialect(), Duration.ofNanos(System.nanoTime() - started).toMillis());
            return server;
        } catch (RuntimeException failure) {
            background.shutdownNow();
            databases.forEach(Database::close);
            throw failure;
        }
    }

    /**
     * Registers this acquirer's webhook with Klarna: once right away (start-up waits for it, so notifications of
     * payments made right after start are not missed), then, if Klarna could not be reached, on the background
     * thread every second until it succeeds. Until then Klarna has no webhook to notify, and payments waiting on a
     * customer are settled by the reconciler's reads instead.
     */
    private static void registerWebhook(ScheduledExecutorService background, KlarnaWebhookRegistration registration,
            InMemoryNotificationKeys keys, URI url) {
        if (tryToRegister(registration, keys, url)) {
            return;
        }
        AtomicBoolean done = new AtomicBoolean();
        background.scheduleWithFixedDelay(() -> {
            if (!done.get()) {
                done.set(tryToRegister(registration, keys, url));
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    private static boolean tryToRegister(KlarnaWebhookRegistration registration, InMemoryNotificationKeys keys,
            URI url) {
        try {
            KlarnaWebhookRegistration.SigningKey key = registration.ensure(url);
            keys.put(key.keyId(), key.secret());
            LOG.info("webhook registered with Klarna webhook_id={} signing_key_id={} url={}", key.webhookId(),
                    key.keyId(), url);
            return true;
        } catch (RuntimeException failure) {
            LOG.warn("webhook registration with Klarna failed; retrying every second: {}", failure.getMessage());
            return false;
        }
    }

    private static Runnable sweep(KlarnaSide klarna) {
        return () -> {
            var swept = klarna.expireDue().expireDue(
                    new dev.interop.klarna.application.port.in.ExpireDueCommand(SWEEP_BATCH));
            if (swept.total() > 0) {
                LOG.info("swept customer_sessions={} payment_requests={}", swept.customerSessions(),
                        swept.paymentRequests());
            }
        };
    }

    private static Runnable sweep(AcquirerSide acquirer) {
        return () -> {
            var swept = acquirer.expireDue().expireDue(new ExpireDueCommand(SWEEP_BATCH));
            if (swept.total() > 0) {
                LOG.info("swept checkout_sessions={} idempotency_keys={}", swept.checkoutSessions(),
                        swept.idempotencyKeys());
            }
            ReconcilePaymentsUseCase.Result reconciled = acquirer.reconcilePayments()
                    .reconcile(new ReconcilePaymentsCommand(SWEEP_BATCH, SETTLE_AFTER));
            if (reconciled.examined() > 0) {
                LOG.info("reconciled payments examined={} settled={} unsettled={}", reconciled.examined(),
                        reconciled.settled(), reconciled.unsettled());
            }
        };
    }

    private static void schedule(ScheduledExecutorService background, Duration interval, String what,
            Runnable work) {
        background.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException failure) {
                LOG.warn("{} failed; the next run tries again", what, failure);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static SecretCheck adminKey(ServerSettings settings, PrintStream console) {
        OperatorKey key = OperatorKey.resolve(settings.adminKey(), settings.dataDir(), "admin-key",
                "INTEROP_ADMIN_KEY", "iop_admin_", console);
        return key::matches;
    }

    private static SecretCheck klarnaKey(ServerSettings settings, PrintStream console) {
        OperatorKey key = OperatorKey.resolve(settings.klarnaApiKey(), settings.dataDir(), "klarna-api-key",
                "INTEROP_KLARNA_API_KEY", "iop_klarna_", console);
        return key::matches;
    }

    private static AesGcmSecretSealer sealer(ServerSettings settings) {
        return new AesGcmSecretSealer(sealingKey(settings));
    }

    private static byte[] sealingKey(ServerSettings settings) {
        return SealingKey.resolve(settings.sealingKey(), settings.dataDir());
    }

    /** The contexts whose tables a role's database holds (each service of the split deployment only its own). */
    private static java.util.Set<Migrations.Context> contexts(ServerRole role) {
        return switch (role) {
            case ALL -> java.util.EnumSet.allOf(Migrations.Context.class);
            case ACQUIRER -> java.util.EnumSet.of(Migrations.Context.ACQUIRER);
            case KLARNA_SANDBOX -> java.util.EnumSet.of(Migrations.Context.KLARNA);
        };
    }

    static DatabaseSettings databaseSettings(ServerSettings settings) {
        PoolSettings pool = PoolSettings.DEFAULT.withMaximumSize(settings.databasePoolSize())
                .withMinimumIdle(Math.min(2, settings.databasePoolSize()));
        DatabaseSettings database = settings.databaseUrl()
                .map(url -> DatabaseSettings.of(url, settings.databaseUser().orElse(""),
                        settings.databasePassword().orElse("")))
                .orElseGet(() -> DatabaseSettings.h2File(settings.dataDir().toAbsolutePath().resolve("interop")));
        return database.withPool(pool);
    }

    private static boolean isReachable(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    }

    public int port() {
        return http.port();
    }

    public ServerRole role() {
        return role;
    }

    /** Both contexts in one process; only in role {@code all}. */
    public Interop interop() {
        if (interop == null) {
            throw new IllegalStateException("role " + role.setting() + " runs no in-process engine");
        }
        return interop;
    }

    /** Klarna's side, in roles {@code all} and {@code klarna-sandbox}. */
    public java.util.Optional<KlarnaSide> klarna() {
        return java.util.Optional.ofNullable(klarna);
    }

    /** The Acquiring Partner's side, in roles {@code all} and {@code acquirer}. */
    public java.util.Optional<AcquirerSide> acquirer() {
        return java.util.Optional.ofNullable(acquirer);
    }

    public HttpServer http() {
        return http;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The Acquiring Partner's database (or, in role {@code klarna-sandbox}, Klarna's). */
    public Database database() {
        return databases.get(0);
    }

    @Override
    public void close() {
        // No interrupt while a run is writing: an interrupted file channel closes the embedded H2 database.
        background.shutdown();
        try {
            if (!background.awaitTermination(15, TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            background.shutdownNow();
            Thread.currentThread().interrupt();
        }
        http.stop();
        databases.forEach(Database::close);
        LOG.info("interop stopped");
    }
}
