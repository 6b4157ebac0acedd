/**
 * Contract tests of the storage out-ports: one abstract class per port, each with one factory method
 * ({@code newStorage()}) that a concrete subclass implements for its adapter (in memory here; H2 and PostgreSQL in
 * {@code adapters-jdbc}, through this module's test-jar). {@link dev.interop.application.contract.Fixtures} builds
 * every state of every aggregate with the domain's own factories and transitions.
 */
package dev.interop.application.contract;
