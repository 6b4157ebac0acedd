/**
 * The ceilings the server is compared with: a bare Javalin endpoint answering a constant ({@link BareJavalin}, the
 * HTTP ceiling) and a journey's SQL run directly through plain JDBC ({@link PlainJdbcJourney}, the storage ceiling),
 * whose statements follow what {@link StatementCensus} observes the server executing step by step.
 */
package dev.interop.benchmarks.baseline;
