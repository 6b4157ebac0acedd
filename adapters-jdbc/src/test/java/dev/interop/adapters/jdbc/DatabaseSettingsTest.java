package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @Test
    void default_file_database_runs_h2_in_postgresql_mode_with_durable_commits(@TempDir Path directory) {
        DatabaseSettings settings = DatabaseSettings.h2File(directory.resolve("interop"));

        assertThat(settings.dialect()).isEqualTo(Dialect.H2);
        assertThat(settings.jdbcUrl())
                .startsWith("jdbc:h2:file:" + directory.toAbsolutePath() + "/interop;")
                .contains(";MODE=PostgreSQL;", ";DATABASE_TO_LOWER=TRUE;", ";DEFAULT_NULL_ORDERING=HIGH;",
                        ";WRITE_DELAY=0;", ";LOCK_TIMEOUT=10000;", ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void an_opened_h2_database_really_runs_with_the_flags(@TempDir Path directory) {
        try (Database database = Database.connect(H2Support.fileIn(directory))) {
            var settings = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT setting_name, setting_value FROM information_schema.settings"
                            + " WHERE setting_name IN ('WRITE_DELAY', 'MODE', 'DEFAULT_NULL_ORDERING')")
                    .setMapKeyColumn("setting_name").setMapValueColumn("setting_value")
                    .collectInto(new GenericType<Map<String, String>>() { }));
            assertThat(settings).containsEntry("WRITE_DELAY", "0")
                    .containsEntry("MODE", "PostgreSQL")
                    .containsEntry("DEFAULT_NULL_ORDERING", "HIGH");
        }
    }

    @Test
    void memory_database_outlives_its_last_connection() {
        assertThat(DatabaseSettings.h2Memory("abc").jdbcUrl())
                .isEqualTo("jdbc:h2:mem:abc;" + H2Urls.FLAGS + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void refuses_h2_paths_and_names_that_would_inject_url_settings(@TempDir Path directory) {
        assertThatThrownBy(() -> H2Urls.file(directory.resolve("a;INIT=RUNSCRIPT FROM 'x'")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> H2Urls.memory("a;INIT=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> H2Urls.file(directory.resolve("interop.mv.db")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_never_shows_the_password() {
        DatabaseSettings settings = DatabaseSettings.of("jdbc:postgresql://db/interop", "app", "s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret").contains("password=***", "user=app");
    }

    @Test
    void refuses_an_unsupported_url() {
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:sqlite:x", "u", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pool_settings_keep_idle_within_maximum_and_timeout_above_hikaris_floor() {
        assertThat(PoolSettings.DEFAULT.withMaximumSize(1)).isEqualTo(new PoolSettings(1, 1, Duration.ofSeconds(5)));
        assertThatThrownBy(() -> new PoolSettings(0, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolSettings(2, 3, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolSettings(2, 1, Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_pool_uses_the_configured_sizes(@TempDir Path directory) {
        PoolSettings pool = new PoolSettings(3, 1, Duration.ofMillis(500));
        try (Database database = Database.connect(H2Support.fileIn(directory).withPool(pool))) {
            var hikari = (HikariDataSource) database.dataSource();
            assertThat(hikari.getMaximumPoolSize()).isEqualTo(3);
            assertThat(hikari.getMinimumIdle()).isEqualTo(1);
            assertThat(hikari.getConnectionTimeout()).isEqualTo(500);
        }
    }

    @Test
    void refuses_to_migrate_a_schema_flyway_did_not_create() {
        DatabaseSettings settings = H2Support.freshMemory();
        try (Database manual = Database.connect(settings)) {
            manual.jdbi().useHandle(h -> h.execute("CREATE TABLE unrelated (id INTEGER)"));
            assertThatThrownBy(() -> Database.open(settings)).isInstanceOf(FlywayException.class)
                    .hasMessageContaining("no schema history table");
        }
    }

    @Test
    void opening_an_unreachable_database_fails_at_once() {
        DatabaseSettings nowhere = DatabaseSettings.of("jdbc:postgresql://127.0.0.1:1/none", "u", "")
                .withPool(PoolSettings.DEFAULT.withConnectionTimeout(Duration.ofMillis(500)));
        assertThatThrownBy(() -> Database.open(nowhere)).isInstanceOf(RuntimeException.class);
    }
}
