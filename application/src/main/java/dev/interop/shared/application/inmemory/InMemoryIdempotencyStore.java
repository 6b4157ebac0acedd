package dev.interop.shared.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.shared.application.port.IdempotencyStore;
import dev.interop.shared.application.port.StoredResponse;
import io.vavr.control.Option;
import java.time.Instant;

/** {@link IdempotencyStore} on an {@link InMemoryDatabase}. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<Key, Entry> entries;

    public InMemoryIdempotencyStore(InMemoryDatabase db) {
        this.db = db;
        this.entries = db.table("idempotency_keys");
    }

    private record Entry(String fingerprint, Option<StoredResponse> response, Instant leaseUntil, Instant expiresAt) {
    }

    @Override
    public Claim claim(Key key, String fingerprint, Instant now, Instant leaseUntil, Instant expiresAt) {
        return db.inTransaction(() -> {
            Option<Entry> existing = entries.get(key).filter(entry -> entry.expiresAt().isAfter(now));
            if (existing.isDefined()) {
                Entry entry = existing.get();
                if (entry.response().isDefined()) {
                    return new Claim.Completed(entry.fingerprint(), entry.response().get());
                }
                if (entry.leaseUntil().isAfter(now)) {
                    return new Claim.InFlight(entry.fingerprint());
                }
            }
            entries.put(key, new Entry(fingerprint, Option.none(), leaseUntil, expiresAt));
            return new Claim.Claimed();
        });
    }

    @Override
    public void complete(Key key, StoredResponse response) {
        db.inTransaction(() -> {
            Entry entry = entries.get(key).getOrElseThrow(() -> new IllegalStateException("key was not claimed"));
            entries.put(key, new Entry(entry.fingerprint(), Option.of(response), entry.leaseUntil(),
                    entry.expiresAt()));
            return null;
        });
    }

    @Override
    public void release(Key key) {
        entries.remove(key);
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return db.inTransaction(() -> {
            var due = entries.rows().filter(row -> !row._2.expiresAt().isAfter(now)).keySet().take(limit);
            due.forEach(entries::remove);
            return due.size();
        });
    }
}
