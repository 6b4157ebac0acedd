package dev.interop.adapters.jdbc;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.Update;

/** Shared pieces of the row mappers and of optimistic writes. */
final class Rows {

    private Rows() {
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column as an instant (the read side of {@link UtcInstantPlugin}). */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * The optimistic write of a versioned aggregate (R14): version 1 is an insert (a row with the id already there is
     * a {@link ConcurrentUpdateException}); any later version {@code v} updates the row only where it is at
     * {@code v - 1} (bound as {@code :expected}), and finding no such row is a {@link ConcurrentUpdateException}.
     * {@code bind} binds the row's columns to both statements; each may leave some bindings unused.
     */
    static void saveVersioned(Handle handle, String table, String id, long version, String insertSql,
            String updateSql, UnaryOperator<Update> bind) {
        if (version == 1) {
            SqlErrors.uniqueAsConflict(table + " " + id + " already exists",
                    () -> bind.apply(lenient(handle.createUpdate(insertSql))).execute());
            return;
        }
        int updated = bind.apply(lenient(handle.createUpdate(updateSql))).bind("expected", version - 1).execute();
        if (updated == 0) {
            throw new ConcurrentUpdateException(table + " " + id + " was changed concurrently (expected version "
                    + (version - 1) + ")");
        }
    }

    private static Update lenient(Update update) {
        return update.configure(SqlStatements.class, config -> config.setUnusedBindingAllowed(true));
    }
}
