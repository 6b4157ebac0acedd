/**
 * Network fault injection for tests that put two services on real sockets: {@link
 * dev.interop.testkit.net.FaultInjectingProxy} is an HTTP/1.1 reverse proxy on a loopback port that forwards each
 * request byte for byte to a target service, applies scripted {@link dev.interop.testkit.net.Fault}s (delays, error
 * answers, dropped connections, duplicated deliveries, tampered requests) and records every {@link
 * dev.interop.testkit.net.Exchange}. Depends on the JDK only.
 */
package dev.interop.testkit.net;
