/**
 * Thread-safe in-memory adapters for every out-port. One {@link dev.interop.shared.application.inmemory.InMemoryDatabase}
 * holds every table as a persistent map behind one re-entrant lock: a unit of work holds the lock and, on failure,
 * restores the snapshot it started from, so nothing is ever half-written. Correct first; the JDBC adapter is the
 * one to scale.
 */
package dev.interop.klarna.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;
