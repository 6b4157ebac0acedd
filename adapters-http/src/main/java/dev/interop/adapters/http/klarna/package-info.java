/**
 * The Acquiring Partner's HTTP client of Klarna's AP-facing API: {@link
 * dev.interop.adapters.http.klarna.KlarnaHttpClient} implements the acquirer's {@code KlarnaNetworkGateway} port
 * over the wire contract of {@code docs/klarna-wire.md}, configured by {@link
 * dev.interop.adapters.http.klarna.KlarnaClientSettings}. It depends only on the acquirer's ports, the shared kernel,
 * Jackson, SLF4J and the JDK's {@code java.net.http}, never on Klarna's side ({@code dev.interop.klarna..}) or the
 * composition: across processes the two contexts meet only on the wire.
 */
package dev.interop.adapters.http.klarna;
