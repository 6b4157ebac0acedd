package dev.interop.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port contract shares: the one factory method a concrete subclass implements, and a helper that races
 * tasks on several threads.
 */
public abstract class StorageContract {

    /** The ports under test, fresh for each test method. */
    protected Storage storage;

    /**
     * Answers the ports of the adapter under test over a store that is empty (at least of anything a previous test
     * wrote). Called once before each test method.
     */
    protected abstract Storage newStorage();

    @BeforeEach
    final void openStorage() {
        storage = newStorage();
    }

    /** Outcome of one raced task: its value, or what it threw. */
    public record Raced<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs {@code tasks} on one thread each, released together, and answers every outcome in task order. */
    public static <T> java.util.List<Raced<T>> race(java.util.List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            java.util.List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all racers ready").isTrue();
            go.countDown();
            java.util.List<Raced<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Raced<>(future.get(60, TimeUnit.SECONDS), null));
                } catch (java.util.concurrent.ExecutionException failed) {
                    outcomes.add(new Raced<>(null, failed.getCause()));
                } catch (java.util.concurrent.TimeoutException stuck) {
                    throw new AssertionError("a racer did not finish within 60 s", stuck);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
