/**
 * The in-memory database and the generic stores (events, idempotency) each context instantiates for itself.
 */
package dev.interop.shared.application.inmemory;
