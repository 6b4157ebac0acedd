package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2KillDurabilityTest {

    private static final int SIGKILL_EXIT = 128 + 9;

    @Test
    void every_commit_acknowledged_before_kill_minus_9_is_in_the_reopened_file_database(@TempDir Path directory)
            throws Exception {
        DatabaseSettings settings = H2Support.fileIn(directory);

        KilledWriter.Outcome outcome = KilledWriter.run(settings.jdbcUrl(), 500, directory.resolve("writer.err"));

        assertThat(outcome.exitValue()).as("killed, not exited").isEqualTo(SIGKILL_EXIT);
        assertThat(outcome.acknowledged()).hasSizeGreaterThanOrEqualTo(500);
        try (Database reopened = Database.open(settings)) {
            List<Long> stored = reopened.jdbi().withHandle(h -> h.createQuery(
                    "SELECT sequence FROM ap_events WHERE aggregate_id = 'writer'").mapTo(Long.class).list());
            assertThat(stored).containsAll(outcome.acknowledged());
        }
    }
}
