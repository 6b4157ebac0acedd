/**
 * The shared kernel of the application ring: clock, id and secret ports, units of work, the event and idempotency stores (each context has its own instances and tables), and the sealed use-case error.
 */
package dev.interop.shared.application.port;
