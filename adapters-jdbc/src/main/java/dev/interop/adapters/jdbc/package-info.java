/**
 * The JDBC adapter: the storage out-ports backed by a relational database through Jdbi, plus the foundation they sit
 * on. {@link dev.interop.adapters.jdbc.Database} opens a HikariCP pool for a
 * {@link dev.interop.adapters.jdbc.DatabaseSettings}, detects the {@link dev.interop.adapters.jdbc.Dialect}
 * (H2 in PostgreSQL mode, or PostgreSQL), runs the Flyway migrations of {@code db/migration/common} (plus the
 * dialect's own folder when it has one) and hands out a configured {@link org.jdbi.v3.core.Jdbi}. Every SQL
 * script under {@code common} must run unchanged on H2 2.x (PostgreSQL mode) and PostgreSQL 15+.
 * {@link dev.interop.adapters.jdbc.JdbiStorage} builds every repository, the event store, the idempotency store and
 * the {@link dev.interop.adapters.jdbc.JdbiUnitOfWork} on one database; each aggregate is a row of queried columns
 * plus a JSON document written by an adapter-private, explicit mapper.
 */
package dev.interop.adapters.jdbc;
