/**
 * JMH benchmarks of the pure domain: whole journeys as chains of transitions, the presentation decision, token
 * generation and hashing, idempotency fingerprints, and the JSON (de)serialization of the main HTTP bodies. Every
 * fixture is built in a {@code @Setup} method; a benchmark method takes only the work it names.
 */
package dev.interop.benchmarks.domain;
