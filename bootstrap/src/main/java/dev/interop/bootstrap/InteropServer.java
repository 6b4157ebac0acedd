package dev.interop.bootstrap;

import dev.interop.adapters.http.HttpServer;
import dev.interop.adapters.http.HttpServerFactory;
import dev.interop.adapters.http.HttpServerSettings;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.api.InteropHttpApi;
import dev.interop.adapters.jdbc.Database;
import dev.interop.adapters.jdbc.DatabaseSettings;
import dev.interop.adapters.jdbc.JdbiStorage;
import dev.interop.adapters.jdbc.PoolSettings;
import dev.interop.composition.Interop;
import dev.interop.acquirer.application.system.AesGcmSecretSealer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole server, wired by hand: database (migrated at start), JDBC storage, the engine, the HTTP faces, the
 * expiry sweeper. {@link #close()} stops it gracefully: the sweeper first, then HTTP (letting requests in flight
 * finish), then the pool.
 */
public final class InteropServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InteropServer.class);
    private static final int SWEEP_BATCH = 500;

    private final Database database;
    private final Database klarnaDatabase;
    private final Interop interop;
    private final HttpServer http;
    private final PrometheusMeterRegistry registry;
    private final ScheduledExecutorService sweeper;

    private InteropServer(Database database, Database klarnaDatabase, Interop interop, HttpServer http,
            PrometheusMeterRegistry registry, ScheduledExecutorService sweeper) {
        this.database = database;
        this.klarnaDatabase = klarnaDatabase;
        this.interop = interop;
        this.http = http;
        this.registry = registry;
        this.sweeper = sweeper;
    }

    /** Starts everything; on any failure, what was already started is stopped again and the failure rethrown. */
    public static InteropServer start(ServerSettings settings, PrintStream console) {
        long started = System.nanoTime();
        Database database = Database.open(databaseSettings(settings));
        // Each context on a pool of its own: in role all a request may hold a connection of each (the in-process
        // gateway runs Klarna's unit of work beside the Acquiring Partner's), and one shared pool could starve.
        // Same database, migrated once above.
        Database klarnaDatabase;
        try {
            klarnaDatabase = Database.connect(databaseSettings(settings));
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
        try {
            Interop interop = Interop.builder()
                    .withStorage(JdbiStorage.acquirerOn(database), JdbiStorage.klarnaOn(klarnaDatabase))
                    .withSecretSealer(new AesGcmSecretSealer(SealingKey.resolve(settings.sealingKey(),
                            settings.dataDir())))
                    .build();
            OperatorKey adminKey = OperatorKey.resolve(settings.adminKey(), settings.dataDir(), "admin-key",
                    "INTEROP_ADMIN_KEY", "iop_admin_", console);
            OperatorKey klarnaKey = OperatorKey.resolve(settings.klarnaApiKey(), settings.dataDir(), "klarna-api-key",
                    "INTEROP_KLARNA_API_KEY", "iop_klarna_", console);

            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            HttpServer http = HttpServerFactory.create(
                    HttpServerSettings.defaults().withHost(settings.host()).withPort(settings.port())
                            .withMaxRequestBodyBytes(settings.maxRequestBodyBytes()),
                    registry, () -> isReachable(database),
                    InteropHttpApi.routes(interop.acquirer(), interop.klarna(), (SecretCheck) adminKey::matches,
                            (SecretCheck) klarnaKey::matches, registry));
            http.start();
            ScheduledExecutorService sweeper = startSweeper(interop, settings.sweepInterval());
            LOG.info("interop started port={} database={} startup_ms={}", http.port(), database.dialect(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new InteropServer(database, klarnaDatabase, interop, http, registry, sweeper);
        } catch (RuntimeException failure) {
            klarnaDatabase.close();
            database.close();
            throw failure;
        }
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

    private static ScheduledExecutorService startSweeper(Interop interop, Duration interval) {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "interop-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                Interop.SweepResult swept = interop.expireDue(SWEEP_BATCH);
                if (swept.total() > 0) {
                    LOG.info("swept customer_sessions={} payment_requests={} checkout_sessions={} idempotency_keys={}",
                            swept.customerSessions(), swept.paymentRequests(), swept.checkoutSessions(),
                            swept.idempotencyKeys());
                }
            } catch (RuntimeException failure) {
                LOG.warn("expiry sweep failed; the next sweep tries again", failure);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return sweeper;
    }

    public int port() {
        return http.port();
    }

    public Interop interop() {
        return interop;
    }

    public HttpServer http() {
        return http;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            sweeper.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop();
        klarnaDatabase.close();
        database.close();
        LOG.info("interop stopped");
    }
}
