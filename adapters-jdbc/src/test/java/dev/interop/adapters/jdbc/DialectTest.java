package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void detects_h2_from_file_and_memory_urls() {
        assertThat(Dialect.ofJdbcUrl("jdbc:h2:file:/tmp/x;MODE=PostgreSQL")).isEqualTo(Dialect.H2);
        assertThat(Dialect.ofJdbcUrl("JDBC:H2:mem:x")).isEqualTo(Dialect.H2);
    }

    @Test
    void detects_postgresql_from_its_url() {
        assertThat(Dialect.ofJdbcUrl("jdbc:postgresql://localhost:5432/interop")).isEqualTo(Dialect.POSTGRESQL);
    }

    @Test
    void refuses_any_other_url_without_echoing_its_parameters() {
        assertThatThrownBy(() -> Dialect.ofJdbcUrl("jdbc:mysql://db/interop?password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/interop")
                .hasMessageNotContaining("secret");
    }

    @Test
    void names_one_migration_folder_per_dialect() {
        assertThat(Dialect.H2.migrationFolder()).isEqualTo("h2");
        assertThat(Dialect.POSTGRESQL.migrationFolder()).isEqualTo("postgresql");
    }
}
