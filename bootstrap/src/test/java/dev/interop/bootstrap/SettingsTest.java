package dev.interop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void a_fresh_checkout_runs_on_port_8080_with_embedded_h2_under_data() {
        ServerSettings settings = SettingsReader.read(Map.of());

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.dataDir()).isEqualTo(Path.of("data"));
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(InteropServer.databaseSettings(settings).jdbcUrl()).startsWith("jdbc:h2:file:")
                .contains("WRITE_DELAY=0");
    }

    @Test
    void reads_every_variable() {
        ServerSettings settings = SettingsReader.read(Map.of("PORT", "9090", "INTEROP_HOST", "127.0.0.1",
                "INTEROP_DATA_DIR", "/tmp/x", "DATABASE_URL", "jdbc:postgresql://db:5432/interop",
                "DATABASE_USER", "interop", "DATABASE_PASSWORD", "secret", "DATABASE_POOL_SIZE", "20",
                "INTEROP_SWEEP_INTERVAL", "PT5S", "INTEROP_MAX_BODY_BYTES", "2048"));

        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.databaseUrl()).contains("jdbc:postgresql://db:5432/interop");
        assertThat(settings.databasePoolSize()).isEqualTo(20);
        assertThat(settings.sweepInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxRequestBodyBytes()).isEqualTo(2048);
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void a_malformed_variable_stops_start_up_naming_it() {
        assertThatThrownBy(() -> SettingsReader.read(Map.of("PORT", "eighty")))
                .hasMessageContaining("PORT");
        assertThatThrownBy(() -> SettingsReader.read(Map.of("PORT", "70000"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> SettingsReader.read(Map.of("INTEROP_SWEEP_INTERVAL", "30s")))
                .hasMessageContaining("INTEROP_SWEEP_INTERVAL");
    }

    @Test
    void a_generated_operator_key_is_printed_once_kept_as_a_hash_and_accepted_after_a_restart() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        OperatorKey first = OperatorKey.resolve(Optional.empty(), dataDir, "admin-key", "INTEROP_ADMIN_KEY",
                "iop_admin_", new PrintStream(console, true, StandardCharsets.UTF_8));
        String printed = console.toString(StandardCharsets.UTF_8);
        String key = printed.substring(printed.indexOf("iop_admin_")).trim();

        ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
        OperatorKey afterRestart = OperatorKey.resolve(Optional.empty(), dataDir, "admin-key", "INTEROP_ADMIN_KEY",
                "iop_admin_", new PrintStream(secondConsole, true, StandardCharsets.UTF_8));

        assertThat(first.matches(key)).isTrue();
        assertThat(afterRestart.matches(key)).isTrue();
        assertThat(afterRestart.matches(key + "x")).isFalse();
        assertThat(secondConsole.size()).isZero();
        assertThat(Files.readString(dataDir.resolve("admin-key.sha256"))).doesNotContain(key);
        assertThat(key.length()).isGreaterThanOrEqualTo("iop_admin_".length() + 43);
    }

    @Test
    void a_configured_sealing_key_must_be_32_bytes() {
        assertThatThrownBy(() -> SealingKey.resolve(Optional.of("c2hvcnQ="), dataDir))
                .hasMessageContaining("INTEROP_SEALING_KEY");
        assertThat(SealingKey.resolve(Optional.empty(), dataDir)).hasSize(32)
                .isEqualTo(SealingKey.resolve(Optional.empty(), dataDir));
    }
}
