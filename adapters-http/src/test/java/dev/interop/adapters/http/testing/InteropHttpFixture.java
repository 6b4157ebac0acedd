package dev.interop.adapters.http.testing;

import dev.interop.adapters.http.ReadinessCheck;
import dev.interop.adapters.http.api.InteropHttpApi;
import dev.interop.composition.Interop;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the HTTP contract tests run against: a started server speaking the three faces of one {@link Interop}
 * engine, with its admin key and Klarna API key. Build it over any engine (in memory, H2, PostgreSQL) with
 * {@link #start(Interop)}, or wrap a server started some other way with the constructor. Close it after the tests.
 * When it knows the engine, a test may read Klarna's side's timelines ({@link #klarnaEventTypes}) to count what a
 * request made, which no HTTP answer tells.
 */
public final class InteropHttpFixture implements AutoCloseable {

    private final TestServer server;
    private final String adminKey;
    private final String klarnaApiKey;
    private final AutoCloseable owner;
    private final Optional<EventStore> klarnaEvents;

    /** Wraps a running server whose admin face takes {@code adminKey} and whose Klarna face takes the other key. */
    public InteropHttpFixture(TestServer server, String adminKey, String klarnaApiKey) {
        this(server, adminKey, klarnaApiKey, server);
    }

    /** Same, closing {@code owner} (which must stop the server) instead of just the server. */
    public InteropHttpFixture(TestServer server, String adminKey, String klarnaApiKey, AutoCloseable owner) {
        this(server, adminKey, klarnaApiKey, owner, Optional.<EventStore>empty());
    }

    /** Same, over the engine the server runs (so that tests may read Klarna's side's timelines). */
    public InteropHttpFixture(TestServer server, String adminKey, String klarnaApiKey, AutoCloseable owner,
            Interop engine) {
        this(server, adminKey, klarnaApiKey, owner,
                Optional.ofNullable(engine).map(interop -> interop.klarna().storage().events()));
    }

    /** Same, reading Klarna's side's timelines from {@code klarnaEvents} (a sandbox running elsewhere). */
    public InteropHttpFixture(TestServer server, String adminKey, String klarnaApiKey, AutoCloseable owner,
            Optional<EventStore> klarnaEvents) {
        this.server = Objects.requireNonNull(server, "server");
        this.adminKey = Objects.requireNonNull(adminKey, "adminKey");
        this.klarnaApiKey = Objects.requireNonNull(klarnaApiKey, "klarnaApiKey");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.klarnaEvents = Objects.requireNonNull(klarnaEvents, "klarnaEvents");
    }

    /** The server of {@code interop} on a free port, with fresh random keys. */
    public static InteropHttpFixture start(Interop interop) {
        return start(interop, ReadinessCheck.alwaysReady());
    }

    /** Same, with the given readiness check (e.g. the database's). */
    public static InteropHttpFixture start(Interop interop, ReadinessCheck readiness) {
        Objects.requireNonNull(interop, "interop");
        String adminKey = "admin-" + UUID.randomUUID();
        String klarnaApiKey = "klarna-" + UUID.randomUUID();
        TestServer server = TestServer.startWith(TestServer.testSettings(), readiness,
                registry -> InteropHttpApi.routes(interop.acquirer(), interop.klarna(), () -> adminKey, () -> klarnaApiKey, registry));
        return new InteropHttpFixture(server, adminKey, klarnaApiKey, server, interop);
    }

    /** The server of a fresh in-memory engine. */
    public static InteropHttpFixture inMemory() {
        return start(Interop.inMemory());
    }

    public TestServer server() {
        return server;
    }

    public String adminKey() {
        return adminKey;
    }

    public String klarnaApiKey() {
        return klarnaApiKey;
    }

    /** Whether the fixture knows its engine, so that {@link #klarnaEventTypes} can answer. */
    public boolean knowsKlarnaStorage() {
        return klarnaEvents.isPresent();
    }

    /**
     * The event types of one aggregate of Klarna's side (a customer session, a payment transaction, a Payment
     * Request), in sequence order, read from its storage.
     *
     * @throws IllegalStateException when the fixture was built without its engine
     */
    public List<String> klarnaEventTypes(String aggregateId) {
        EventStore events = klarnaEvents.orElseThrow(() -> new IllegalStateException(
                "this fixture was built without its engine; pass it to the constructor"));
        List<String> types = new ArrayList<>();
        for (StoredEvent event : events.timeline(aggregateId)) {
            types.add(event.type());
        }
        return types;
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server under test", e);
        }
    }
}
