/**
 * Benchmarks of Interop: JMH benchmarks of the pure domain ({@code domain}), a load generator that drives whole
 * journeys over HTTP ({@code load}), the HTTP and storage ceilings they are compared with ({@code baseline}) and the
 * suite that runs them all and writes {@code BENCHMARKS.md} ({@code suite}). Nothing in this module runs during the
 * build; {@code scripts/bench} runs it.
 */
package dev.interop.benchmarks;
