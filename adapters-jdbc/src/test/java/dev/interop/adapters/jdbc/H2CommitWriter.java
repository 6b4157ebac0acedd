package dev.interop.adapters.jdbc;

import java.io.PrintStream;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The child process of the kill -9 test: opens the H2 database at the JDBC URL given as the only argument (migrating
 * it), then commits one event after another for ever, printing {@code ACK <sequence>} only after each commit
 * returned. It never stops by itself; the parent kills it.
 */
public final class H2CommitWriter {

    private H2CommitWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try (Database database = Database.open(DatabaseSettings.of(args[0], "sa", ""))) {
            Jdbi jdbi = database.jdbi();
            out.println("READY");
            out.flush();
            for (long sequence = 1; ; sequence++) {
                long current = sequence;
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO ap_events"
                        + " (aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload)"
                        + " VALUES ('durability', 'writer', :sequence, 'written', :at, 'x')")
                        .bind("sequence", current).bind("at", Instant.EPOCH).execute());
                out.println("ACK " + current);
                out.flush();
            }
        }
    }
}
