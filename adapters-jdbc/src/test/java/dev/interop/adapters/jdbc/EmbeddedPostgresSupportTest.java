package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresSupportTest {

    @Test
    void runs_a_real_postgresql_server() {
        DatabaseSettings settings = EmbeddedPostgresSupport.freshDatabase();
        try (Database database = Database.connect(settings)) {
            String version = database.jdbi().withHandle(h -> h.createQuery("SHOW server_version")
                    .mapTo(String.class).one());
            assertThat(database.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(version).startsWith("18.");
        }
    }

    @Test
    void each_fresh_database_is_a_separate_empty_database() {
        DatabaseSettings first = EmbeddedPostgresSupport.freshDatabase();
        DatabaseSettings second = EmbeddedPostgresSupport.freshDatabase();
        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
        try (Database one = Database.connect(first); Database two = Database.connect(second)) {
            one.jdbi().useHandle(h -> h.execute("CREATE TABLE only_in_first (id INTEGER)"));
            Jdbi other = two.jdbi();
            assertThatThrownBy(() -> other.useHandle(h -> h.execute("SELECT * FROM only_in_first")))
                    .hasMessageContaining("only_in_first");
        }
    }
}
