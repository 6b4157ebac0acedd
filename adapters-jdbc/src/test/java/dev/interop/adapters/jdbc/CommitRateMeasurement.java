package dev.interop.adapters.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a measurement run on demand ({@code mvn -o -pl adapters-jdbc test -Dtest=CommitRateMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}); the name keeps it out of the normal Surefire run. It prints single-row
 * auto-commit rates for H2 with and without {@code WRITE_DELAY=0} and for embedded PostgreSQL, and how many
 * acknowledged commits a {@code kill -9} loses with each H2 setting. It asserts nothing: timings on a shared machine
 * prove nothing.
 */
class CommitRateMeasurement {

    private static final long MEASURE_NANOS = 3_000_000_000L;

    @Test
    void prints_commit_rates_and_kill_losses() throws Exception {
        Path directory = Files.createTempDirectory("interop-measure-");
        try {
            String durable = H2Support.fileIn(directory.resolve("durable")).jdbcUrl();
            String delayed = H2Support.fileIn(directory.resolve("delayed")).jdbcUrl().replace(";WRITE_DELAY=0", "");
            report("H2 file, WRITE_DELAY=0 (default here)", commitsPerSecond(durable));
            report("H2 file, H2's WRITE_DELAY 500 ms", commitsPerSecond(delayed));
            report("H2 mem", commitsPerSecond(H2Support.freshMemory().jdbcUrl()));
            DatabaseSettings postgres = EmbeddedPostgresSupport.freshDatabase();
            report("embedded PostgreSQL (fsync off)", commitsPerSecond(postgres.jdbcUrl()));
            for (int round = 1; round <= 3; round++) {
                System.out.println("kill -9 round " + round + ": WRITE_DELAY=0 lost "
                        + lost(H2Support.fileIn(directory.resolve("kd" + round)).jdbcUrl(), directory)
                        + ", WRITE_DELAY 500 ms lost "
                        + lost(H2Support.fileIn(directory.resolve("kl" + round)).jdbcUrl()
                                .replace(";WRITE_DELAY=0", ""), directory));
            }
            System.out.println("embedded PostgreSQL last start: " + EmbeddedPostgresSupport.lastStartDuration());
            long stopped = System.nanoTime();
            EmbeddedPostgresSupport.stop();
            System.out.println("embedded PostgreSQL stop: " + (System.nanoTime() - stopped) / 1_000_000 + " ms");
            EmbeddedPostgresSupport.start();
            System.out.println("embedded PostgreSQL restart: " + EmbeddedPostgresSupport.lastStartDuration());
        } finally {
            TestFiles.deleteRecursively(directory);
        }
    }

    private static double commitsPerSecond(String jdbcUrl) {
        String user = jdbcUrl.startsWith("jdbc:h2:") ? "sa" : EmbeddedPostgresSupport.USER;
        try (Database database = Database.open(DatabaseSettings.of(jdbcUrl, user, ""))) {
            Jdbi jdbi = database.jdbi();
            long start = System.nanoTime();
            long count = 0;
            while (System.nanoTime() - start < MEASURE_NANOS) {
                long sequence = ++count;
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO ap_events"
                        + " (aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload)"
                        + " VALUES ('rate', 'rate', :sequence, 'written', :at, 'x')")
                        .bind("sequence", sequence).bind("at", Instant.EPOCH).execute());
            }
            return count * 1e9 / (System.nanoTime() - start);
        }
    }

    private static String lost(String jdbcUrl, Path directory) throws Exception {
        KilledWriter.Outcome outcome = KilledWriter.run(jdbcUrl, 2000, directory.resolve("writer.err"));
        try (Database reopened = Database.open(DatabaseSettings.of(jdbcUrl, "sa", ""))) {
            Set<Long> stored = new HashSet<>(reopened.jdbi().withHandle(h -> h.createQuery(
                    "SELECT sequence FROM ap_events WHERE aggregate_id = 'writer'").mapTo(Long.class).list()));
            long missing = outcome.acknowledged().stream().filter(id -> !stored.contains(id)).count();
            return missing + " of " + outcome.acknowledged().size();
        }
    }

    private static void report(String label, double rate) {
        System.out.printf("%-45s %8.0f commits/s%n", label, rate);
    }
}
