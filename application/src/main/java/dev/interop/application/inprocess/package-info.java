/**
 * The bridge between the Acquiring Partner side and the Klarna side when both run in one process (the sandbox and
 * embedded use): a {@link dev.interop.application.port.out.KlarnaNetworkGateway} calling Klarna's use cases and a
 * {@link dev.interop.application.port.out.PaymentRequestNotifier} calling the Acquiring Partner's handler, each
 * translating answers as the remote API would.
 */
package dev.interop.application.inprocess;
