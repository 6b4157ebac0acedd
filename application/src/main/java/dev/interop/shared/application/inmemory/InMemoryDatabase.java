package dev.interop.shared.application.inmemory;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.UnitOfWork;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The in-memory storage engine and its {@link UnitOfWork}. Tables are persistent (immutable) maps, so a
 * transaction's snapshot is one reference and rollback is one assignment. Every access holds the single re-entrant
 * lock: transactions are serializable, and a nested {@link #inTransaction} joins the outer one with a savepoint.
 */
public final class InMemoryDatabase implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private Map<String, Map<Object, Object>> tables = HashMap.empty();

    /** Actions to run after the outermost transaction commits, one list per nesting level (guarded by the lock). */
    private final java.util.Deque<java.util.List<Runnable>> afterCommit = new java.util.ArrayDeque<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        java.util.List<Runnable> committed = java.util.List.of();
        lock.lock();
        try {
            // A nested call joins the outer transaction but keeps a savepoint: its failure undoes only its own writes
            // and propagates, exactly like the JDBC adapter's savepoints.
            Map<String, Map<Object, Object>> snapshot = tables;
            afterCommit.push(new java.util.ArrayList<>());
            try {
                T result = work.get();
                java.util.List<Runnable> level = afterCommit.pop();
                if (afterCommit.isEmpty()) {
                    committed = level;
                } else {
                    afterCommit.peek().addAll(level);
                }
                return result;
            } catch (RuntimeException | Error failure) {
                afterCommit.pop();
                tables = snapshot;
                throw failure;
            }
        } finally {
            lock.unlock();
            committed.forEach(Runnable::run);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1 && !afterCommit.isEmpty()) {
                afterCommit.peek().add(action);
                return;
            }
        } finally {
            lock.unlock();
        }
        action.run();
    }

    /** A named table of this database; cheap to create, all state lives in the database. */
    public <K, V> Table<K, V> table(String name) {
        return new Table<>(this, name);
    }

    <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A typed view of one table. Rows keep insertion order, so scans are deterministic.
     *
     * @param <K> key type
     * @param <V> row type
     */
    public static final class Table<K, V> {
        private final InMemoryDatabase db;
        private final String name;

        private Table(InMemoryDatabase db, String name) {
            this.db = db;
            this.name = name;
        }

        @SuppressWarnings("unchecked")
        public Map<K, V> rows() {
            return db.locked(() -> (Map<K, V>) (Map<?, ?>) db.tables.get(name).getOrElse(LinkedHashMap.empty()));
        }

        public Option<V> get(K key) {
            return rows().get(key);
        }

        public void put(K key, V value) {
            update(rows -> rows.put(key, value));
        }

        public void remove(K key) {
            update(rows -> rows.remove(key));
        }

        /** Inserts a row that must not exist yet; a duplicate key is a {@link ConcurrentUpdateException}. */
        public void insert(K key, V value) {
            db.locked(() -> {
                if (rows().containsKey(key)) {
                    throw new ConcurrentUpdateException(name + " " + key + " already exists");
                }
                put(key, value);
                return null;
            });
        }

        /**
         * Writes {@code value} at {@code newVersion} only if the stored row is at {@code newVersion - 1} (or absent
         * when {@code newVersion} is 1): optimistic locking (R14).
         */
        public void saveVersioned(K key, V value, long newVersion, Function<V, Long> versionOf) {
            db.locked(() -> {
                Option<V> current = get(key);
                long expected = newVersion - 1;
                boolean fresh = current.isEmpty() && expected == 0;
                boolean next = current.isDefined() && versionOf.apply(current.get()) == expected;
                if (!fresh && !next) {
                    throw new ConcurrentUpdateException(name + " " + key + " was changed concurrently (expected version "
                            + expected + ")");
                }
                put(key, value);
                return null;
            });
        }

        @SuppressWarnings("unchecked")
        private void update(Function<Map<K, V>, Map<K, V>> change) {
            db.locked(() -> {
                Map<K, V> changed = change.apply(rows());
                db.tables = db.tables.put(name, (Map<Object, Object>) (Map<?, ?>) changed);
                return null;
            });
        }
    }
}
