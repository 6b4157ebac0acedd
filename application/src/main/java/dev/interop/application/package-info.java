/**
 * The application ring: use cases ({@code port.in}) implemented by framework-free services ({@code service}) over
 * the out-ports ({@code port.out}) that adapters implement; {@code inmemory} holds a thread-safe in-memory adapter
 * for every out-port, and {@link dev.interop.application.Interop} wires a whole engine in one call.
 */
package dev.interop.application;
